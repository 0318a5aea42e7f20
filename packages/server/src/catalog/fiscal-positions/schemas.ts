import { Type, type Static } from '@sinclair/typebox';
import { ListQuery } from '../../http/list-query.ts';
import { Id, InstantOut, Name, Nullable } from '../../http/schemas.ts';

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

export const FiscalPositionSchema = Type.Object({
  id: Id,
  ...fields,
  created_at: InstantOut,
  updated_at: InstantOut,
});
export type FiscalPosition = Static<typeof FiscalPositionSchema>;

export const NewFiscalPositionBody = Type.Composite(
  [Type.Pick(Type.Object(fields), ['name']), Type.Partial(Type.Omit(Type.Object(fields), ['name']))],
  { additionalProperties: false },
);
export type NewFiscalPosition = Static<typeof NewFiscalPositionBody>;
export const FiscalPositionChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export type FiscalPositionChanges = Static<typeof FiscalPositionChangesBody>;
export const FiscalPositionQuery = ListQuery;
