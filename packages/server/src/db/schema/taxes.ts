import { boolean, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { id, oneOf, rate, timestamps } from './columns.ts';

export const TAX_AMOUNT_TYPES = ['percent', 'fixed', 'division', 'group'] as const;
export type TaxAmountType = (typeof TAX_AMOUNT_TYPES)[number];

/**
 * A tax as Odoo's engine reads it (core/tax): percent of the base, fixed per unit, division
 * (price / (1 − rate)), or a group of child taxes. `amount` is the rate in % or the fixed amount.
 */
export const taxes = pgTable(
  'taxes',
  {
    id: id(),
    name: text('name').notNull(),
    amount_type: text('amount_type', { enum: TAX_AMOUNT_TYPES }).notNull(),
    amount: rate('amount').notNull().default('0'),
    price_include: boolean('price_include').notNull().default(false),
    /** The tax amount raises the base of the taxes after it (by sequence). */
    include_base_amount: boolean('include_base_amount').notNull().default(false),
    sequence: integer('sequence').notNull().default(10),
    account_code: text('account_code'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [oneOf('taxes', t.amount_type, TAX_AMOUNT_TYPES)],
);

/** The children of a `group` tax, in order. */
export const taxChildren = pgTable(
  'tax_children',
  {
    parent_tax_id: integer('parent_tax_id')
      .notNull()
      .references(() => taxes.id, { onDelete: 'cascade' }),
    child_tax_id: integer('child_tax_id')
      .notNull()
      .references(() => taxes.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull().default(10),
  },
  (t) => [primaryKey({ columns: [t.parent_tax_id, t.child_tax_id] })],
);
