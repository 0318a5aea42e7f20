import type { UserRole } from '../db/schema/index.ts';

/** The back-office user a request acts for. */
export interface AuthUser {
  readonly id: number;
  readonly login: string;
  readonly name: string;
  readonly role: UserRole;
}

/**
 * Who is calling, and how they proved it: a cookie session (whose CSRF token must come back on
 * every change) or a bearer token (scripts: no CSRF, the browser never sends it by itself).
 */
export type Principal =
  | {
      readonly via: 'cookie';
      readonly user: AuthUser;
      readonly sessionId: number;
      readonly csrfToken: string;
    }
  | { readonly via: 'bearer'; readonly user: AuthUser; readonly tokenId: number };

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authenticate hook when the request carries a valid cookie or bearer token. */
    principal: Principal | null;
  }
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'till_session';
