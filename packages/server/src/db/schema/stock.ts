import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, instant, quantity } from './columns.ts';
import { products } from './catalog.ts';
import { orderLines } from './orders.ts';
import { sessions } from './sessions.ts';
import { shops } from './shops.ts';

/** Quantity on hand per product and lot in a shop's location ('' when not tracked by lot). */
export const stockQuants = pgTable(
  'stock_quants',
  {
    id: id(),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    product_id: integer('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'restrict' }),
    lot: text('lot').notNull().default(''),
    quantity: quantity('quantity').notNull().default('0'),
  },
  (t) => [uniqueIndex('stock_quants_unique').on(t.shop_id, t.product_id, t.lot)],
);

/** Every change of stock: negative out of the shop (a sale), positive into it (a return). */
export const stockMoves = pgTable(
  'stock_moves',
  {
    id: id(),
    shop_id: integer('shop_id').notNull(),
    session_id: integer('session_id').references(() => sessions.id),
    product_id: integer('product_id').notNull(),
    lot: text('lot').notNull().default(''),
    quantity: quantity('quantity').notNull(),
    order_line_id: integer('order_line_id').references(() => orderLines.id, { onDelete: 'restrict' }),
    created_at: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('stock_moves_session_idx').on(t.session_id),
    index('stock_moves_line_idx').on(t.order_line_id),
  ],
);
