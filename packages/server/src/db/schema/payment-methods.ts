import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns.ts';
import { shops } from './shops.ts';

export const PAYMENT_METHOD_KINDS = ['cash', 'bank', 'pay_later'] as const;
export type PaymentMethodKind = (typeof PAYMENT_METHOD_KINDS)[number];

/** Cash, card (bank) or customer account (pay later, needs a customer). */
export const paymentMethods = pgTable(
  'payment_methods',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PAYMENT_METHOD_KINDS }).notNull(),
    receivable_account_code: text('receivable_account_code'),
    sequence: integer('sequence').notNull().default(10),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [oneOf('payment_methods', t.kind, PAYMENT_METHOD_KINDS)],
);

/** The payment methods a shop's till offers. */
export const shopPaymentMethods = pgTable(
  'shop_payment_methods',
  {
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    payment_method_id: integer('payment_method_id')
      .notNull()
      .references(() => paymentMethods.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.shop_id, t.payment_method_id] })],
);
