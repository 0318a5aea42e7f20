import { Type, type Static } from '@sinclair/typebox';
import { RULE_APPLIED_ON, RULE_BASE, RULE_COMPUTE_PRICE } from '../../db/schema/index.ts';
import { ListQuery } from '../../http/list-query.ts';
import { DecimalString, Id, InstantOut, Name, Nullable, OneOf } from '../../http/schemas.ts';

const ruleFields = {
  applied_on: OneOf(RULE_APPLIED_ON, {
    description: 'all products, a category (and its children) or one product',
  }),
  category_id: Nullable(Id),
  product_id: Nullable(Id),
  min_quantity: DecimalString(),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  compute_price: OneOf(RULE_COMPUTE_PRICE),
  fixed_price: Nullable(DecimalString()),
  percent_price: Nullable(DecimalString()),
  base: OneOf(RULE_BASE, { description: 'What a formula starts from' }),
  base_pricelist_id: Nullable(Id),
  price_discount: DecimalString(),
  price_surcharge: DecimalString(),
  price_round: DecimalString(),
  price_min_margin: DecimalString(),
  price_max_margin: DecimalString(),
};
const dateIn = Nullable(Type.String({ format: 'date-time' }));

/** A rule as sent: only `applied_on` and `compute_price` matter to start; the rest has defaults. */
export const RuleBody = Type.Composite(
  [
    Type.Partial(Type.Object(ruleFields)),
    Type.Object({ date_start: Type.Optional(dateIn), date_end: Type.Optional(dateIn) }),
  ],
  { additionalProperties: false },
);
export type RuleInput = Static<typeof RuleBody>;

export const RuleSchema = Type.Object({
  id: Id,
  ...ruleFields,
  date_start: Nullable(InstantOut),
  date_end: Nullable(InstantOut),
});

const fields = {
  name: Name(),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  active: Type.Boolean(),
};

export const PricelistSchema = Type.Object({
  id: Id,
  ...fields,
  rules: Type.Array(RuleSchema),
  created_at: InstantOut,
  updated_at: InstantOut,
});
export type Pricelist = Static<typeof PricelistSchema>;

const rules = Type.Array(RuleBody, {
  maxItems: 1000,
  description: 'The rules; given on a change, they replace the set',
});
export const NewPricelistBody = Type.Object(
  {
    name: fields.name,
    sequence: Type.Optional(fields.sequence),
    active: Type.Optional(fields.active),
    rules: Type.Optional(rules),
  },
  { additionalProperties: false },
);
export type NewPricelist = Static<typeof NewPricelistBody>;
export const PricelistChangesBody = Type.Partial(Type.Object({ ...fields, rules }), {
  additionalProperties: false,
});
export type PricelistChanges = Static<typeof PricelistChangesBody>;
export const PricelistQuery = ListQuery;
