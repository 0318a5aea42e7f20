import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { apiTokens, loginSessions, users } from '../db/schema/index.ts';

const userColumns = { id: users.id, login: users.login, name: users.name, role: users.role };

/** An active user by login, case-insensitively, with the password hash. */
export async function findActiveUserByLogin(db: Queryable, login: string) {
  const rows = await db
    .select({ ...userColumns, password_hash: users.password_hash })
    .from(users)
    .where(and(sql`lower(${users.login}) = lower(${login})`, eq(users.active, true)))
    .limit(1);
  return rows[0];
}

/** A live cookie session (not expired, user active) by the hash of its token. */
export async function findLiveSession(db: Queryable, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      id: loginSessions.id,
      csrf_token: loginSessions.csrf_token,
      created_at: loginSessions.created_at,
      expires_at: loginSessions.expires_at,
      user: userColumns,
    })
    .from(loginSessions)
    .innerJoin(users, eq(users.id, loginSessions.user_id))
    .where(
      and(eq(loginSessions.token_hash, tokenHash), gt(loginSessions.expires_at, now), eq(users.active, true)),
    )
    .limit(1);
  return rows[0];
}

/** A live bearer token (not expired, user active) by its hash. */
export async function findLiveToken(db: Queryable, tokenHash: string, now: Date) {
  const rows = await db
    .select({
      id: apiTokens.id,
      expires_at: apiTokens.expires_at,
      last_used_at: apiTokens.last_used_at,
      user: userColumns,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.user_id))
    .where(
      and(
        eq(apiTokens.token_hash, tokenHash),
        or(isNull(apiTokens.expires_at), gt(apiTokens.expires_at, now)),
        eq(users.active, true),
      ),
    )
    .limit(1);
  return rows[0];
}

/** The tokens of a user, newest first (never their secret: only hashes are stored). */
export function listTokens(db: Queryable, userId: number) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      created_at: apiTokens.created_at,
      expires_at: apiTokens.expires_at,
      last_used_at: apiTokens.last_used_at,
    })
    .from(apiTokens)
    .where(eq(apiTokens.user_id, userId))
    .orderBy(sql`${apiTokens.id} desc`);
}
