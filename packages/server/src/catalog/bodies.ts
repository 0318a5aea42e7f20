import { Type, type TProperties } from '@sinclair/typebox';
import { Id, InstantOut } from '../http/schemas.ts';

/** A record as answered: its id, its fields (and what `extra` adds), when made and last changed. */
export const recordSchema = <F extends TProperties, E extends TProperties = Record<never, never>>(
  fields: F,
  extra?: E,
) =>
  Type.Object({ id: Id, ...fields, ...(extra ?? ({} as E)), created_at: InstantOut, updated_at: InstantOut });

/** A create body: the `required` fields, any of the others; nothing unknown. */
export const newBody = <F extends TProperties, K extends keyof F & string>(
  fields: F,
  required: readonly K[],
) =>
  Type.Composite(
    [Type.Pick(Type.Object(fields), required), Type.Partial(Type.Omit(Type.Object(fields), required))],
    {
      additionalProperties: false,
    },
  );

/** A change body: any of the fields; nothing unknown. */
export const changesBody = <F extends TProperties>(fields: F) =>
  Type.Partial(Type.Object(fields), { additionalProperties: false });
