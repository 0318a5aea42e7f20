import { Type, type Static } from '@sinclair/typebox';
import { TAX_AMOUNT_TYPES } from '../../db/schema/index.ts';
import { ListQuery } from '../../http/list-query.ts';
import { DecimalString, Id, InstantOut, Name, Nullable, OneOf } from '../../http/schemas.ts';

const fields = {
  name: Name(),
  amount_type: OneOf(TAX_AMOUNT_TYPES, { description: 'percent, fixed (per unit), division or group' }),
  amount: DecimalString({ description: 'The rate in % or the fixed amount' }),
  price_include: Type.Boolean(),
  include_base_amount: Type.Boolean(),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  account_code: Nullable(Type.String({ maxLength: 64 })),
  active: Type.Boolean(),
  children_tax_ids: Type.Array(Id, {
    uniqueItems: true,
    maxItems: 20,
    description: 'A group’s taxes, in order',
  }),
};

export const TaxSchema = Type.Object({ id: Id, ...fields, created_at: InstantOut, updated_at: InstantOut });
export type Tax = Static<typeof TaxSchema>;

export const NewTaxBody = Type.Composite(
  [
    Type.Pick(Type.Object(fields), ['name', 'amount_type']),
    Type.Partial(Type.Omit(Type.Object(fields), ['name', 'amount_type'])),
  ],
  { additionalProperties: false },
);
export type NewTax = Static<typeof NewTaxBody>;
export const TaxChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export type TaxChanges = Static<typeof TaxChangesBody>;
export const TaxQuery = ListQuery;
