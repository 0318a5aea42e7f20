import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { categories, products } from './catalog.ts';
import { id, instant, oneOf, price, quantity, rate, timestamps } from './columns.ts';

export const RULE_APPLIED_ON = ['all', 'category', 'product'] as const;
export const RULE_COMPUTE_PRICE = ['fixed', 'percentage', 'formula'] as const;
export const RULE_BASE = ['list_price', 'standard_price', 'pricelist'] as const;

export const pricelists = pgTable('pricelists', {
  id: id(),
  name: text('name').notNull(),
  sequence: integer('sequence').notNull().default(10),
  active: boolean('active').notNull().default(true),
  ...timestamps,
});

/**
 * One pricelist rule (Odoo's `product.pricelist.item`): which products it applies on, from what
 * quantity and when, and how it computes the price. The first matching rule by sequence wins.
 * Formula: base price − price_discount % + price_surcharge, rounded to price_round, kept between
 * cost + price_min_margin and cost + price_max_margin.
 */
export const pricelistRules = pgTable(
  'pricelist_rules',
  {
    id: id(),
    pricelist_id: integer('pricelist_id')
      .notNull()
      .references(() => pricelists.id, { onDelete: 'cascade' }),
    applied_on: text('applied_on', { enum: RULE_APPLIED_ON }).notNull().default('all'),
    category_id: integer('category_id').references(() => categories.id, { onDelete: 'cascade' }),
    product_id: integer('product_id').references(() => products.id, { onDelete: 'cascade' }),
    min_quantity: quantity('min_quantity').notNull().default('0'),
    date_start: instant('date_start'),
    date_end: instant('date_end'),
    sequence: integer('sequence').notNull().default(10),
    compute_price: text('compute_price', { enum: RULE_COMPUTE_PRICE }).notNull().default('fixed'),
    fixed_price: price('fixed_price'),
    percent_price: rate('percent_price'),
    base: text('base', { enum: RULE_BASE }).notNull().default('list_price'),
    base_pricelist_id: integer('base_pricelist_id').references((): AnyPgColumn => pricelists.id, {
      onDelete: 'restrict',
    }),
    price_discount: rate('price_discount').notNull().default('0'),
    price_surcharge: price('price_surcharge').notNull().default('0'),
    price_round: price('price_round').notNull().default('0'),
    price_min_margin: price('price_min_margin').notNull().default('0'),
    price_max_margin: price('price_max_margin').notNull().default('0'),
    ...timestamps,
  },
  (t) => [
    oneOf('pricelist_rules', t.applied_on, RULE_APPLIED_ON),
    oneOf('pricelist_rules', t.compute_price, RULE_COMPUTE_PRICE),
    oneOf('pricelist_rules', t.base, RULE_BASE),
    check(
      'pricelist_rules_target_check',
      sql`(${t.applied_on} <> 'category' or ${t.category_id} is not null) and (${t.applied_on} <> 'product' or ${t.product_id} is not null)`,
    ),
    check(
      'pricelist_rules_base_pricelist_check',
      sql`${t.base} <> 'pricelist' or ${t.base_pricelist_id} is not null`,
    ),
    index('pricelist_rules_pricelist_idx').on(t.pricelist_id),
  ],
);
