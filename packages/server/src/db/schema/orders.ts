import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, instant, oneOf, price, quantity, rate, soldUnitPrice } from './columns.ts';
import { products } from './catalog.ts';
import { customers } from './customers.ts';
import { employees } from './employees.ts';
import { fiscalPositions } from './fiscal-positions.ts';
import { paymentMethods } from './payment-methods.ts';
import { pricelists } from './pricelists.ts';
import { sessions } from './sessions.ts';
import { shops } from './shops.ts';
import { users } from './users.ts';

export const ORDER_STATES = ['draft', 'paid', 'invoiced', 'cancelled'] as const;
export const REVIEW_STATES = ['none', 'to_review', 'accepted', 'corrected'] as const;

/**
 * A sale (or a refund) from a till. `uid` is made on the device and unique: it is what makes a
 * sale exist once however often it is sent. Totals are the server's own computation; what the till
 * showed is kept in `till_totals`. `flags` says what a manager must review.
 */
export const orders = pgTable(
  'orders',
  {
    id: id(),
    uid: text('uid').notNull(),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    session_id: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    /** The session the till meant, when the order was rescued into another. */
    original_session_id: integer('original_session_id'),
    receipt_number: text('receipt_number').notNull(),
    login_number: integer('login_number').notNull(),
    sequence: integer('sequence').notNull(),
    state: text('state', { enum: ORDER_STATES }).notNull(),
    is_refund: boolean('is_refund').notNull().default(false),
    /** When the device sold it, and when the server received it. */
    sold_at: instant('sold_at').notNull(),
    received_at: instant('received_at').notNull().defaultNow(),
    user_id: integer('user_id').references(() => users.id),
    employee_id: integer('employee_id').references(() => employees.id),
    customer_id: integer('customer_id').references(() => customers.id, { onDelete: 'restrict' }),
    pricelist_id: integer('pricelist_id').references(() => pricelists.id, { onDelete: 'restrict' }),
    fiscal_position_id: integer('fiscal_position_id').references(() => fiscalPositions.id, {
      onDelete: 'restrict',
    }),
    global_discount: rate('global_discount').notNull().default('0'),
    note: text('note').notNull().default(''),
    total_excluded: price('total_excluded').notNull(),
    total_tax: price('total_tax').notNull(),
    total_included: price('total_included').notNull(),
    rounding: price('rounding').notNull().default('0'),
    total_due: price('total_due').notNull(),
    amount_paid: price('amount_paid').notNull(),
    change: price('change').notNull().default('0'),
    /** Per tax: { tax_id, base, amount } as the server computed them (order level). */
    tax_totals: jsonb('tax_totals')
      .$type<{ tax_id: number; name: string; base: string; amount: string }[]>()
      .notNull(),
    till_totals: jsonb('till_totals').$type<Record<string, string>>().notNull(),
    flags: jsonb('flags').$type<{ code: string; detail: string }[]>().notNull().default([]),
    review_state: text('review_state', { enum: REVIEW_STATES }).notNull().default('none'),
    /** The reviewer's reason (accept or correct), who reviewed and when. */
    review_note: text('review_note').notNull().default(''),
    reviewed_by: integer('reviewed_by').references(() => users.id),
    reviewed_at: instant('reviewed_at'),
    /** What a correction changed, old and new value each: the sale itself is never deleted. */
    review_corrections: jsonb('review_corrections')
      .$type<{ field: string; payment_id?: number; from: number | null; to: number | null }[]>()
      .notNull()
      .default([]),
    /** Whether this order's stock has moved (at once, or at closing). */
    stock_moved: boolean('stock_moved').notNull().default(false),
  },
  (t) => [
    oneOf('orders', t.state, ORDER_STATES),
    oneOf('orders', t.review_state, REVIEW_STATES),
    uniqueIndex('orders_uid_unique').on(t.uid),
    index('orders_session_idx').on(t.session_id),
    index('orders_shop_sold_idx').on(t.shop_id, t.sold_at),
    index('orders_receipt_idx').on(t.receipt_number),
    index('orders_customer_idx').on(t.customer_id),
    // Reports over every shop for a period, and per cashier (bench/reports measures them).
    index('orders_sold_at_idx').on(t.sold_at),
    index('orders_employee_sold_idx').on(t.employee_id, t.sold_at),
  ],
);

export const LINE_KINDS = ['product', 'global_discount'] as const;

/** A line of an order; a refund line points at the line it returns. */
export const orderLines = pgTable(
  'order_lines',
  {
    id: id(),
    order_id: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    uid: text('uid').notNull(),
    kind: text('kind', { enum: LINE_KINDS }).notNull().default('product'),
    product_id: integer('product_id').references(() => products.id, { onDelete: 'restrict' }),
    product_name: text('product_name').notNull(),
    qty: quantity('qty').notNull(),
    price_unit: soldUnitPrice('price_unit').notNull(),
    discount: rate('discount').notNull().default('0'),
    price_manually_set: boolean('price_manually_set').notNull().default(false),
    /** The taxes applied (after the fiscal position). */
    tax_ids: jsonb('tax_ids').$type<number[]>().notNull(),
    subtotal_excluded: price('subtotal_excluded').notNull(),
    subtotal_included: price('subtotal_included').notNull(),
    customer_note: text('customer_note').notNull().default(''),
    lots: jsonb('lots').$type<string[]>().notNull().default([]),
    refunded_line_id: integer('refunded_line_id').references((): AnyPgColumn => orderLines.id, {
      onDelete: 'restrict',
    }),
  },
  (t) => [
    oneOf('order_lines', t.kind, LINE_KINDS),
    uniqueIndex('order_lines_uid_unique').on(t.uid),
    index('order_lines_order_idx').on(t.order_id),
    index('order_lines_refunded_idx').on(t.refunded_line_id),
    index('order_lines_product_idx').on(t.product_id),
  ],
);

/** A payment of an order; change handed back is a negative cash payment marked `is_change`. */
export const orderPayments = pgTable(
  'order_payments',
  {
    id: id(),
    order_id: integer('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    payment_method_id: integer('payment_method_id').references(() => paymentMethods.id, {
      onDelete: 'restrict',
    }),
    amount: price('amount').notNull(),
    is_change: boolean('is_change').notNull().default(false),
  },
  (t) => [
    index('order_payments_order_idx').on(t.order_id),
    index('order_payments_method_idx').on(t.payment_method_id),
  ],
);

/** Serial numbers sold: one row each, so a serial sold twice is seen at once. */
export const soldSerials = pgTable(
  'sold_serials',
  {
    id: id(),
    product_id: integer('product_id').notNull(),
    serial: text('serial').notNull(),
    order_line_id: integer('order_line_id')
      .notNull()
      .references(() => orderLines.id, { onDelete: 'cascade' }),
  },
  (t) => [index('sold_serials_product_serial_idx').on(t.product_id, t.serial)],
);
