import { Type } from '@sinclair/typebox';
import { SYNC_PROTOCOL_VERSION } from '@till/core';
import { hasShopAccess } from '../auth/shop-access.ts';
import { requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { eq } from 'drizzle-orm';
import { orders } from '../db/schema/index.ts';
import { loadShopCatalog } from './order-catalog.ts';
import { getOrder, searchOrders } from './queries.ts';
import { reviewOrder } from './review-order.ts';
import { OrderSearchQuery, ReviewBody, SyncBody } from './schemas.ts';
import { syncOrders } from './sync-orders.ts';

const tags = ['orders'];

/** Orders: the tills' batch sync (exactly once), search, and one order with its lines. */
export const orderRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/orders/sync',
    {
      preHandler: [requireUser()],
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        summary: 'Send paid (or draft) orders; each is stored once, whatever the retries',
        description:
          'See packages/core/src/sync/protocol.ts. Answers per order: created, already_known, or created_flagged with the reasons.',
        tags,
        body: SyncBody,
        response: {
          200: Type.Unknown({ description: 'SyncResponse' }),
          ...errorResponses(400, 401, 403, 404, 413),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (!(await hasShopAccess(ctx.db, request.principal!.user, body.shop_id)))
        return sendError(reply, 'shop_forbidden');
      const shop = await loadShopCatalog(ctx.db, body.shop_id, body.orders);
      if (!shop)
        return sendError(reply, 'not_found', { message: `No shop ${body.shop_id}.`, field: 'shop_id' });
      const results = await syncOrders(ctx.db, {
        shop,
        orders: body.orders,
        userId: request.principal!.user.id,
        now: ctx.now,
      });
      return { protocol: SYNC_PROTOCOL_VERSION, boot_id: ctx.bootId, results };
    },
  );

  app.get(
    '/api/orders',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Search orders: receipt, customer, cashier, shop, session, state, flags, review, dates',
        tags,
        querystring: OrderSearchQuery,
        response: { 200: Type.Unknown(), ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      searchOrders(ctx.db, request.principal!.user, {
        ...request.query,
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
  );

  app.get(
    '/api/orders/:id',
    {
      preHandler: [requireUser()],
      schema: {
        summary:
          'One order: lines (with what is still refundable), payments, refunds made against it, review',
        tags,
        params: IdParams,
        response: { 200: Type.Unknown(), ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const order = await getOrder(ctx.db, request.params.id);
      if (!order) return sendError(reply, 'not_found', { message: 'No such order.' });
      if (!(await hasShopAccess(ctx.db, request.principal!.user, order.shop_id)))
        return sendError(reply, 'shop_forbidden');
      return order;
    },
  );

  app.post(
    '/api/orders/:id/review',
    {
      preHandler: [requireUser(['admin', 'manager'])],
      schema: {
        summary: 'Review a flagged order: accept it as sold, or correct its customer or a payment’s method',
        description:
          'A correction is possible only while the order’s session is open (409 session_closed after); accepting always. The reason, who and when are kept; flags stay for history.',
        tags,
        params: IdParams,
        body: ReviewBody,
        response: {
          200: Type.Unknown({ description: 'The order, as GET /api/orders/:id' }),
          ...errorResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const user = request.principal!.user;
      const [order] = await ctx.db
        .select({ shop_id: orders.shop_id })
        .from(orders)
        .where(eq(orders.id, request.params.id));
      if (!order) return sendError(reply, 'not_found', { message: 'No such order.' });
      if (!(await hasShopAccess(ctx.db, user, order.shop_id))) return sendError(reply, 'shop_forbidden');
      const r = await reviewOrder(ctx.db, {
        orderId: request.params.id,
        userId: user.id,
        body: request.body,
        now: ctx.now(),
      });
      if (!r.ok) {
        const { type, ...details } = r.error;
        return sendError(reply, type, details);
      }
      return getOrder(ctx.db, r.value.order_id);
    },
  );
};
