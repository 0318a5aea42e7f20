import { Type, type Static } from '@sinclair/typebox';
import { changesBody, newBody, recordSchema } from '../bodies.ts';
import { ListQuery } from '../../http/list-query.ts';
import { Name, Nullable, Id } from '../../http/schemas.ts';

/** `tax_src_id` becomes `tax_dest_id`, or is removed when `tax_dest_id` is null. */
const TaxMapping = Type.Object(
  { tax_src_id: Id, tax_dest_id: Nullable(Id) },
  { additionalProperties: false },
);

const fields = {
  name: Name(),
  note: Nullable(Type.String({ maxLength: 2000 })),
  active: Type.Boolean(),
  tax_mappings: Type.Array(TaxMapping, { maxItems: 200 }),
};

export const FiscalPositionSchema = recordSchema(fields);
export type FiscalPosition = Static<typeof FiscalPositionSchema>;

export const NewFiscalPositionBody = newBody(fields, ['name']);
export type NewFiscalPosition = Static<typeof NewFiscalPositionBody>;
export const FiscalPositionChangesBody = changesBody(fields);
export type FiscalPositionChanges = Static<typeof FiscalPositionChangesBody>;
export const FiscalPositionQuery = ListQuery;
