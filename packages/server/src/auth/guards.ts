import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { shops, userShops, type UserRole } from '../db/schema/index.ts';
import { sendError } from '../errors/send-error.ts';
import { sameText } from './tokens.ts';

/** A pre-handler: answers (401, 403…) to stop the request, or returns nothing to let it through. */
export type Guard = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Needs a logged-in user (cookie or bearer token), with one of `roles` when given. A cookie
 * request that changes something must carry the session's CSRF token in `x-csrf-token`: a
 * cross-site form can make the browser send the cookie, never this header.
 *
 *   app.post('/api/x', { preHandler: [requireUser(['admin'])], schema }, handler)
 */
export function requireUser(roles?: readonly UserRole[]): Guard {
  return async (request, reply) => {
    const principal = request.principal;
    if (!principal) return sendError(reply, 'unauthenticated');
    if (principal.via === 'cookie' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameText(sent, principal.csrfToken))
        return sendError(reply, 'csrf_token_invalid');
    }
    if (roles && !roles.includes(principal.user.role)) return sendError(reply, 'forbidden');
    return undefined;
  };
}

/** Only admins change configuration. */
export const requireAdmin = (): Guard => requireUser(['admin']);

/**
 * Needs rights on the shop whose id is the path parameter `param`: admins have them all,
 * managers and cashiers those listed in `user_shops`. Put after `requireUser()`. An unknown shop
 * answers 404 to an admin and 403 to others (who may not learn which shops exist).
 */
export function requireShopAccess(ctx: AppContext, param = 'id'): Guard {
  return async (request, reply) => {
    const principal = request.principal;
    if (!principal) return sendError(reply, 'unauthenticated');
    const shopId = Number((request.params as Record<string, unknown>)[param]);
    if (!Number.isInteger(shopId)) return sendError(reply, 'invalid_params', { field: param });
    if (principal.user.role === 'admin') {
      const found = await ctx.db.select({ id: shops.id }).from(shops).where(eq(shops.id, shopId)).limit(1);
      return found.length > 0 ? undefined : sendError(reply, 'not_found', { message: `No shop ${shopId}.` });
    }
    const rights = await ctx.db
      .select({ shop_id: userShops.shop_id })
      .from(userShops)
      .where(and(eq(userShops.user_id, principal.user.id), eq(userShops.shop_id, shopId)))
      .limit(1);
    return rights.length > 0 ? undefined : sendError(reply, 'shop_forbidden');
  };
}
