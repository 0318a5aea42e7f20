import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasShopAccess } from '../auth/shop-access.ts';
import type { AppContext } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { findSession, type SessionRow } from './queries.ts';

/**
 * The session named in the path, if the caller has rights on its shop; otherwise the answer is
 * sent (404 for an unknown session, 403 without rights) and undefined returned.
 */
export async function sessionForRequest(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  id: number,
): Promise<SessionRow | undefined> {
  const session = await findSession(ctx.db, id);
  if (!session) {
    sendError(reply, 'session_not_found');
    return undefined;
  }
  if (!(await hasShopAccess(ctx.db, request.principal!.user, session.shop_id))) {
    sendError(reply, 'shop_forbidden');
    return undefined;
  }
  return session;
}
