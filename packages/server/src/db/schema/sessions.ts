import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { id, instant, oneOf, price, timestamps } from './columns.ts';
import { employees } from './employees.ts';
import { paymentMethods } from './payment-methods.ts';
import { shops, STOCK_UPDATES } from './shops.ts';
import { users } from './users.ts';

export const SESSION_STATES = ['opening_control', 'opened', 'closing_control', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

/**
 * A shop's working period, usually a day. At most one ordinary session per shop is not closed
 * (a partial unique index says so to the database, so two devices opening at once cannot both
 * succeed). A rescue session takes the orders that arrive for a session already closed; at most
 * one rescue session per shop is open at a time, and it is reused until closed.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: id(),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    state: text('state', { enum: SESSION_STATES }).notNull(),
    rescue: boolean('rescue').notNull().default(false),
    rescue_for_session_id: integer('rescue_for_session_id').references((): AnyPgColumn => sessions.id),
    /** Frozen from the shop when the session starts. */
    stock_update: text('stock_update', { enum: STOCK_UPDATES }).notNull(),
    cash_control: boolean('cash_control').notNull(),
    opening_cash: price('opening_cash').notNull().default('0'),
    opening_notes: text('opening_notes').notNull().default(''),
    opened_by: integer('opened_by').references(() => users.id),
    opened_at: instant('opened_at'),
    /** The last login number handed out; each device joining gets the next one. */
    last_login_number: integer('last_login_number').notNull().default(0),
    closing_notes: text('closing_notes').notNull().default(''),
    closed_by: integer('closed_by').references(() => users.id),
    closed_at: instant('closed_at'),
    ...timestamps,
  },
  (t) => [
    oneOf('sessions', t.state, SESSION_STATES),
    oneOf('sessions', t.stock_update, STOCK_UPDATES),
    uniqueIndex('sessions_one_open_per_shop')
      .on(t.shop_id)
      .where(sql`${t.state} <> 'closed' and not ${t.rescue}`),
    uniqueIndex('sessions_one_open_rescue_per_shop')
      .on(t.shop_id)
      .where(sql`${t.state} <> 'closed' and ${t.rescue}`),
    index('sessions_shop_idx').on(t.shop_id, t.id),
  ],
);

/** Each device (page load) that sells in a session: its login number makes receipt numbers unique. */
export const sessionLogins = pgTable(
  'session_logins',
  {
    session_id: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    login_number: integer('login_number').notNull(),
    user_id: integer('user_id').references(() => users.id),
    joined_at: instant('joined_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.session_id, t.login_number] })],
);

export const CASH_MOVE_TYPES = ['in', 'out'] as const;

/** Cash put into or taken out of the drawer during a session, with the reason. */
export const cashMoves = pgTable(
  'cash_moves',
  {
    id: id(),
    session_id: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    type: text('type', { enum: CASH_MOVE_TYPES }).notNull(),
    amount: price('amount').notNull(),
    reason: text('reason').notNull(),
    user_id: integer('user_id').references(() => users.id),
    employee_id: integer('employee_id').references(() => employees.id),
    ...timestamps,
  },
  (t) => [oneOf('cash_moves', t.type, CASH_MOVE_TYPES), index('cash_moves_session_idx').on(t.session_id)],
);

/** What was expected and counted per payment method when the session closed. */
export const sessionCounts = pgTable(
  'session_counts',
  {
    session_id: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    payment_method_id: integer('payment_method_id')
      .notNull()
      .references(() => paymentMethods.id),
    expected: price('expected').notNull(),
    counted: price('counted').notNull(),
    difference: price('difference').notNull(),
    /** Coin and bill breakdown, when counted with the calculator. */
    details: jsonb('details').$type<{ value: string; count: number }[]>(),
  },
  (t) => [primaryKey({ columns: [t.session_id, t.payment_method_id] })],
);
