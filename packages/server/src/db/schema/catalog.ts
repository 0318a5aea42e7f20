import { boolean, index, integer, pgTable, primaryKey, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { id, oneOf, price, timestamps } from './columns.ts';
import { taxes } from './taxes.ts';

export const PRODUCT_UOMS = ['unit', 'kg'] as const;
export type ProductUom = (typeof PRODUCT_UOMS)[number];
export const PRODUCT_TRACKINGS = ['none', 'lot', 'serial'] as const;
export type ProductTracking = (typeof PRODUCT_TRACKINGS)[number];

/** The till's category tree (pricelist rules on a category also apply to its children). */
export const categories = pgTable(
  'categories',
  {
    id: id(),
    name: text('name').notNull(),
    parent_id: integer('parent_id').references((): AnyPgColumn => categories.id, { onDelete: 'restrict' }),
    sequence: integer('sequence').notNull().default(10),
    ...timestamps,
  },
  (t) => [index('categories_parent_idx').on(t.parent_id)],
);

/** What a shop sells. Archived products (`active` false) stay for old orders. */
export const products = pgTable(
  'products',
  {
    id: id(),
    name: text('name').notNull(),
    internal_reference: text('internal_reference'),
    category_id: integer('category_id').references(() => categories.id, { onDelete: 'set null' }),
    /** Sales price (per unit, or per kg when uom is kg), as entered: taxes may be included. */
    list_price: price('list_price').notNull().default('0'),
    /** Cost. */
    standard_price: price('standard_price').notNull().default('0'),
    uom: text('uom', { enum: PRODUCT_UOMS }).notNull().default('unit'),
    tracking: text('tracking', { enum: PRODUCT_TRACKINGS }).notNull().default('none'),
    available_in_pos: boolean('available_in_pos').notNull().default(true),
    active: boolean('active').notNull().default(true),
    income_account_code: text('income_account_code'),
    ...timestamps,
  },
  (t) => [
    oneOf('products', t.uom, PRODUCT_UOMS),
    oneOf('products', t.tracking, PRODUCT_TRACKINGS),
    index('products_category_idx').on(t.category_id),
    index('products_updated_at_idx').on(t.updated_at),
    index('products_internal_reference_idx').on(t.internal_reference),
  ],
);

/** A product may carry several barcodes; a barcode names one product. */
export const productBarcodes = pgTable(
  'product_barcodes',
  {
    id: id(),
    product_id: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    barcode: text('barcode').notNull().unique(),
  },
  (t) => [index('product_barcodes_product_idx').on(t.product_id)],
);

/** The taxes of a product (before any fiscal position). */
export const productTaxes = pgTable(
  'product_taxes',
  {
    product_id: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    tax_id: integer('tax_id')
      .notNull()
      .references(() => taxes.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.product_id, t.tax_id] }), index('product_taxes_tax_idx').on(t.tax_id)],
);
