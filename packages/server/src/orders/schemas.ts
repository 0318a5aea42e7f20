import { Type, type Static } from '@sinclair/typebox';
import { REVIEW_STATES } from '../db/schema/index.ts';
import { DecimalString, Id, Nullable, OneOf } from '../http/schemas.ts';

/** A signed decimal with up to 6 decimals (unit prices of a pricelist may carry more than 4). */
const Amount = () => DecimalString();
/** Unit prices may carry more digits than the currency (12.5 % off 1.99 = 1.74125). */
const UnitPrice = Type.String({
  pattern: '^-?[0-9]{1,12}(\\.[0-9]{1,6})?$',
  description: 'A decimal string, up to 6 decimals',
});
const Uid = Type.String({ minLength: 8, maxLength: 64, pattern: '^[A-Za-z0-9_.:-]+$' });

const SyncLine = Type.Object(
  {
    uid: Uid,
    product_id: Id,
    qty: Amount(),
    price_unit: UnitPrice,
    discount: Amount(),
    tax_ids: Type.Array(Id, { maxItems: 20 }),
    price_manually_set: Type.Boolean(),
    price_from_barcode: Type.Optional(Type.Boolean()),
    customer_note: Type.String({ maxLength: 2000 }),
    lots: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000 }),
    refunded_line_uid: Nullable(Uid),
  },
  { additionalProperties: false },
);

const SyncOrderSchema = Type.Object(
  {
    uid: Uid,
    session_id: Id,
    login_number: Type.Integer({ minimum: 1 }),
    sequence: Type.Integer({ minimum: 1 }),
    receipt_number: Type.String({ minLength: 1, maxLength: 64 }),
    state: OneOf(['draft', 'paid'] as const),
    sold_at: Type.String({ format: 'date-time' }),
    employee_id: Nullable(Id),
    customer_id: Nullable(Id),
    pricelist_id: Nullable(Id),
    fiscal_position_id: Nullable(Id),
    global_discount: Amount(),
    note: Type.String({ maxLength: 5000 }),
    lines: Type.Array(SyncLine, { maxItems: 2000 }),
    payments: Type.Array(Type.Object({ method_id: Id, amount: Amount() }, { additionalProperties: false }), {
      maxItems: 50,
    }),
    totals: Type.Object(
      {
        total_excluded: Amount(),
        total_tax: Amount(),
        total_included: Amount(),
        total_due: Amount(),
        paid: Amount(),
        change: Amount(),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const SyncBody = Type.Object(
  {
    protocol: Type.Literal(1),
    shop_id: Id,
    orders: Type.Array(SyncOrderSchema, { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);

export const OrderSearchQuery = Type.Object({
  receipt: Type.Optional(Type.String({ maxLength: 64 })),
  customer_id: Type.Optional(Id),
  session_id: Type.Optional(Id),
  shop_id: Type.Optional(Id),
  state: Type.Optional(OneOf(['draft', 'paid', 'invoiced', 'cancelled'] as const)),
  flagged: Type.Optional(Type.Boolean({ description: 'Flagged at sync (reviewed since or not)' })),
  review_state: Type.Optional(
    OneOf(REVIEW_STATES, { description: 'to_review: flagged and not reviewed yet' }),
  ),
  customer: Type.Optional(
    Type.String({ maxLength: 200, description: 'Part of the customer’s name, email or phone' }),
  ),
  employee_id: Type.Optional(Id),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const ReviewBody = Type.Object(
  {
    decision: OneOf(['accept', 'correct'] as const, {
      description: 'accept: the order stands as sold; correct: fix its customer or a payment’s method',
    }),
    reason: Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' }),
    corrections: Type.Optional(
      Type.Object(
        {
          customer_id: Type.Optional(Nullable(Id)),
          payments: Type.Optional(
            Type.Array(Type.Object({ id: Id, payment_method_id: Id }, { additionalProperties: false }), {
              minItems: 1,
              maxItems: 50,
            }),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type ReviewBody = Static<typeof ReviewBody>;
