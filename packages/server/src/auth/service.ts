import { and, eq, lt } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import type { Database } from '../db/database.ts';
import { apiTokens, loginSessions } from '../db/schema/index.ts';
import { UNKNOWN_USER_HASH, verifySecret } from './passwords.ts';
import type { AuthUser, Principal } from './principal.ts';
import { findActiveUserByLogin, findLiveSession, findLiveToken } from './queries.ts';
import { BEARER_TOKEN_PREFIX, hashToken, newToken } from './tokens.ts';

/** A session ends after this long without use… */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** …and at the latest this long after login. */
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** A session's expiry is pushed back at most this often (one write an hour, not one per request). */
const SESSION_RENEW_MS = 60 * 60 * 1000;

export interface NewSession {
  readonly user: AuthUser;
  /** Goes into the cookie; only its hash is stored. */
  readonly cookieToken: string;
  readonly csrfToken: string;
}

/** Checks a login and password and opens a cookie session. */
export async function logIn(
  db: Database,
  login: string,
  password: string,
  now: Date,
): Promise<Result<NewSession, 'invalid_credentials'>> {
  const found = await findActiveUserByLogin(db, login);
  // Verify even for an unknown login, so the answer takes as long and does not tell logins apart.
  const matches = await verifySecret(password, found?.password_hash ?? UNKNOWN_USER_HASH);
  if (!found || !matches) return err('invalid_credentials');
  const cookieToken = newToken();
  const csrfToken = newToken();
  await db.transaction(async (tx) => {
    await tx.delete(loginSessions).where(lt(loginSessions.expires_at, now)); // forget expired sessions
    await tx.insert(loginSessions).values({
      user_id: found.id,
      token_hash: hashToken(cookieToken),
      csrf_token: csrfToken,
      created_at: now,
      expires_at: new Date(now.getTime() + SESSION_IDLE_MS),
    });
  });
  const { password_hash: _, ...user } = found;
  return ok({ user, cookieToken, csrfToken });
}

/** Ends a cookie session. */
export async function logOut(db: Database, sessionId: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(loginSessions).where(eq(loginSessions.id, sessionId));
  });
}

/** Who a cookie or a bearer token belongs to, or null. The bearer token wins when both come. */
export async function resolvePrincipal(
  db: Database,
  credentials: { readonly cookieToken?: string | undefined; readonly bearerToken?: string | undefined },
  now: Date,
): Promise<Principal | null> {
  if (credentials.bearerToken) {
    const token = await findLiveToken(db, hashToken(credentials.bearerToken), now);
    if (!token) return null;
    if (!token.last_used_at || now.getTime() - token.last_used_at.getTime() > SESSION_RENEW_MS) {
      await db.transaction((tx) =>
        tx.update(apiTokens).set({ last_used_at: now }).where(eq(apiTokens.id, token.id)),
      );
    }
    return { via: 'bearer', user: token.user, tokenId: token.id };
  }
  if (credentials.cookieToken) {
    const session = await findLiveSession(db, hashToken(credentials.cookieToken), now);
    if (!session) return null;
    const renewed = Math.min(now.getTime() + SESSION_IDLE_MS, session.created_at.getTime() + SESSION_MAX_MS);
    if (renewed - session.expires_at.getTime() > SESSION_RENEW_MS) {
      await db.transaction((tx) =>
        tx
          .update(loginSessions)
          .set({ expires_at: new Date(renewed) })
          .where(eq(loginSessions.id, session.id)),
      );
    }
    return { via: 'cookie', user: session.user, sessionId: session.id, csrfToken: session.csrf_token };
  }
  return null;
}

/** A new bearer token for a user: the token itself is returned once and never stored. */
export async function createApiToken(db: Database, userId: number, name: string, expiresAt: Date | null) {
  const token = newToken(BEARER_TOKEN_PREFIX);
  const [row] = await db.transaction((tx) =>
    tx
      .insert(apiTokens)
      .values({ user_id: userId, name, token_hash: hashToken(token), expires_at: expiresAt })
      .returning({
        id: apiTokens.id,
        name: apiTokens.name,
        created_at: apiTokens.created_at,
        expires_at: apiTokens.expires_at,
      }),
  );
  return { ...row!, token };
}

/** Revokes one of the user's tokens; false when there is no such token of theirs. */
export async function revokeApiToken(db: Database, userId: number, tokenId: number): Promise<boolean> {
  const deleted = await db.transaction((tx) =>
    tx
      .delete(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.user_id, userId)))
      .returning({ id: apiTokens.id }),
  );
  return deleted.length > 0;
}
