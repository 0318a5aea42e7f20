import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, instant, oneOf, timestamps } from './columns.ts';

export const USER_ROLES = ['admin', 'manager', 'cashier'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Back-office accounts. admin: everything; manager and cashier: only their shops (`user_shops`). */
export const users = pgTable(
  'users',
  {
    id: id(),
    login: text('login').notNull(),
    name: text('name').notNull(),
    /** scrypt hash with its parameters (see auth/passwords.ts); never the password. */
    password_hash: text('password_hash').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_login_unique').on(sql`lower(${t.login})`), oneOf('users', t.role, USER_ROLES)],
);

/** Bearer tokens for scripts: only a SHA-256 of the token is kept; the token is shown once. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    token_hash: text('token_hash').notNull().unique(),
    created_at: instant('created_at').notNull().defaultNow(),
    expires_at: instant('expires_at'),
    last_used_at: instant('last_used_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.user_id)],
);

/** Cookie sessions of the back office and the till: the cookie holds a token, we keep its hash. */
export const loginSessions = pgTable(
  'login_sessions',
  {
    id: id(),
    user_id: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    token_hash: text('token_hash').notNull().unique(),
    /** Sent back in `x-csrf-token` on every state-changing request made with the cookie. */
    csrf_token: text('csrf_token').notNull(),
    created_at: instant('created_at').notNull().defaultNow(),
    expires_at: instant('expires_at').notNull(),
  },
  (t) => [index('login_sessions_user_idx').on(t.user_id)],
);
