import { boolean, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { id, oneOf, price, timestamps } from './columns.ts';
import { fiscalPositions } from './fiscal-positions.ts';
import { pricelists } from './pricelists.ts';
import { users } from './users.ts';

export const CASH_ROUNDING_METHODS = ['HALF-UP', 'UP', 'DOWN'] as const;
export const CASH_ROUNDING_STRATEGIES = ['add_line', 'biggest_tax'] as const;
export const STOCK_UPDATES = ['real', 'closing'] as const;

/** A shop: one till setup (Odoo's POS configuration), sold from by any number of devices. */
export const shops = pgTable(
  'shops',
  {
    id: id(),
    name: text('name').notNull(),
    currency_code: text('currency_code').notNull().default('EUR'),
    currency_decimals: integer('currency_decimals').notNull().default(2),
    /** IANA zone ('Europe/Paris') the shop's days and hours are counted in; null: the server's. */
    time_zone: text('time_zone'),
    cash_control: boolean('cash_control').notNull().default(true),
    /** The largest closing difference a cashier may confirm without a manager. */
    max_closing_difference: price('max_closing_difference').notNull().default('0'),
    receipt_header: text('receipt_header').notNull().default(''),
    receipt_footer: text('receipt_footer').notNull().default(''),
    restaurant_mode: boolean('restaurant_mode').notNull().default(false),
    tips_enabled: boolean('tips_enabled').notNull().default(false),
    cash_rounding: boolean('cash_rounding').notNull().default(false),
    cash_rounding_precision: price('cash_rounding_precision').notNull().default('0.01'),
    cash_rounding_method: text('cash_rounding_method', { enum: CASH_ROUNDING_METHODS })
      .notNull()
      .default('HALF-UP'),
    cash_rounding_strategy: text('cash_rounding_strategy', { enum: CASH_ROUNDING_STRATEGIES })
      .notNull()
      .default('add_line'),
    /** Round only when the order is paid in cash. */
    cash_rounding_cash_only: boolean('cash_rounding_cash_only').notNull().default(false),
    /** Stock moves at each paid order ('real') or all at session closing ('closing'). */
    stock_update: text('stock_update', { enum: STOCK_UPDATES }).notNull().default('real'),
    default_pricelist_id: integer('default_pricelist_id').references(() => pricelists.id, {
      onDelete: 'set null',
    }),
    default_fiscal_position_id: integer('default_fiscal_position_id').references(() => fiscalPositions.id, {
      onDelete: 'set null',
    }),
    allow_price_change: boolean('allow_price_change').notNull().default(true),
    /** Coins and bills of the cash counter, as decimal strings ("0.05", "20"). */
    denominations: jsonb('denominations').$type<string[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    oneOf('shops', t.cash_rounding_method, CASH_ROUNDING_METHODS),
    oneOf('shops', t.cash_rounding_strategy, CASH_ROUNDING_STRATEGIES),
    oneOf('shops', t.stock_update, STOCK_UPDATES),
  ],
);

/** The pricelists a shop's till may choose from (the default one among them). */
export const shopPricelists = pgTable(
  'shop_pricelists',
  {
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    pricelist_id: integer('pricelist_id')
      .notNull()
      .references(() => pricelists.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.shop_id, t.pricelist_id] })],
);

/** The fiscal positions a shop's till may apply. */
export const shopFiscalPositions = pgTable(
  'shop_fiscal_positions',
  {
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    fiscal_position_id: integer('fiscal_position_id')
      .notNull()
      .references(() => fiscalPositions.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.shop_id, t.fiscal_position_id] })],
);

/** Which back-office users (managers, cashiers) have rights on which shop. Admins need no row. */
export const userShops = pgTable(
  'user_shops',
  {
    user_id: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.user_id, t.shop_id] })],
);
