import { Type, type Static } from '@sinclair/typebox';
import { TAX_AMOUNT_TYPES } from '../../db/schema/index.ts';
import { changesBody, newBody, recordSchema } from '../bodies.ts';
import { ListQuery } from '../../http/list-query.ts';
import { DecimalString, Name, Nullable, OneOf, Id } from '../../http/schemas.ts';

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

export const TaxSchema = recordSchema(fields);
export type Tax = Static<typeof TaxSchema>;

export const NewTaxBody = newBody(fields, ['name', 'amount_type']);
export type NewTax = Static<typeof NewTaxBody>;
export const TaxChangesBody = changesBody(fields);
export type TaxChanges = Static<typeof TaxChangesBody>;
export const TaxQuery = ListQuery;
