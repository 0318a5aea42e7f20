import { Type } from '@sinclair/typebox';
import { formatAmount } from '@till/core';
import { requireShopAccess, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { eq } from 'drizzle-orm';
import { cashMoves, employees } from '../db/schema/index.ts';
import { sendError } from '../errors/send-error.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { closeSession } from './close-session.ts';
import { loadClosingData } from './closing-data.ts';
import { joinSession, openSession } from './open-session.ts';
import { listSessions, searchSessions } from './queries.ts';
import { pageOf } from '../http/list-query.ts';
import {
  AllSessionsQuery,
  CashMoveBody,
  CloseBody,
  OpenSessionBody,
  SessionListQuery,
  SessionPage,
  SessionSchema,
} from './schemas.ts';
import { sessionForRequest } from './session-access.ts';

const tags = ['sessions'];

/**
 * A till is logged in as one back-office user all day; who stands at it is the employee who
 * unlocked it. A manager employee may confirm a closing difference from a cashier's till.
 */
async function isManagerEmployee(
  ctx: Parameters<RouteModule>[1],
  employeeId: number | undefined,
): Promise<boolean> {
  if (employeeId === undefined) return false;
  const [row] = await ctx.db
    .select({ role: employees.role, active: employees.active })
    .from(employees)
    .where(eq(employees.id, employeeId));
  return row?.role === 'manager' && row.active;
}
const Joined = Type.Object({ session: SessionSchema, login_number: Type.Integer() });

/** Sessions: open, join (continue selling), cash in/out, the closing screen's figures, close. */
export const sessionRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/shops/:id/sessions',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'Open the shop’s session with the counted opening cash',
        tags,
        params: IdParams,
        body: OpenSessionBody,
        response: { 201: Joined, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const r = await openSession(ctx.db, {
        shopId: request.params.id,
        userId: request.principal!.user.id,
        openingCash: request.body.opening_cash,
        notes: request.body.notes ?? '',
        now: ctx.now(),
      });
      if (!r.ok) {
        return r.error.type === 'shop_not_found'
          ? sendError(reply, 'not_found')
          : sendError(reply, 'session_already_open', { session_id: r.error.session_id });
      }
      return reply.code(201).send(r.value);
    },
  );

  app.get(
    '/api/shops/:id/sessions',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'The shop’s sessions, newest first (rescue sessions marked)',
        tags,
        params: IdParams,
        querystring: SessionListQuery,
        response: { 200: Type.Array(SessionSchema), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      listSessions(ctx.db, {
        shopId: request.params.id,
        limit: request.query.limit ?? 50,
        offset: request.query.offset ?? 0,
      }),
  );

  app.get(
    '/api/sessions',
    {
      preHandler: [requireUser()],
      schema: {
        summary:
          'Sessions of every shop I may see, newest first; filter by shop, state, rescue, opening date',
        tags,
        querystring: AllSessionsQuery,
        response: { 200: SessionPage, ...errorResponses(400, 401) },
      },
    },
    async (request) =>
      searchSessions(ctx.db, request.principal!.user, { ...request.query, ...pageOf(request.query) }),
  );

  app.get(
    '/api/sessions/:id',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'One session',
        tags,
        params: IdParams,
        response: { 200: SessionSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => (await sessionForRequest(ctx, request, reply, request.params.id)) ?? reply,
  );

  app.post(
    '/api/sessions/:id/join',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Join the running session from this device: a new login number',
        tags,
        params: IdParams,
        response: { 200: Joined, ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      const r = await joinSession(ctx.db, { sessionId: session.id, userId: request.principal!.user.id });
      if (!r.ok)
        return sendError(
          reply,
          r.error.type,
          r.error.type === 'session_not_open' ? { state: r.error.state } : {},
        );
      return r.value;
    },
  );

  app.post(
    '/api/sessions/:id/cash-moves',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Cash in or out of the drawer, with the reason',
        tags,
        params: IdParams,
        body: CashMoveBody,
        response: { 201: Type.Object({ id: Type.Integer() }), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      if (session.state === 'closed') return sendError(reply, 'session_closed');
      if (Number(request.body.amount) <= 0)
        return sendError(reply, 'invalid_body', {
          field: 'amount',
          message: 'body/amount must be more than zero',
        });
      const [row] = await ctx.db.transaction((tx) =>
        tx
          .insert(cashMoves)
          .values({
            session_id: session.id,
            type: request.body.type,
            amount: request.body.amount,
            reason: request.body.reason,
            user_id: request.principal!.user.id,
          })
          .returning({ id: cashMoves.id }),
      );
      return reply.code(201).send({ id: row!.id });
    },
  );

  app.get(
    '/api/sessions/:id/closing',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'The closing screen: orders, expected amount per payment method, unpaid orders',
        tags,
        params: IdParams,
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      const data = await loadClosingData(ctx.db, session);
      const money = (d: Parameters<typeof formatAmount>[0]) => formatAmount(d, data.currency);
      return {
        session_id: session.id,
        state: session.state,
        orders_count: data.summary.orders_count,
        orders_total: money(data.summary.orders_total),
        methods: data.summary.methods.map((m) => ({
          method_id: Number(m.method_id),
          name: m.name,
          kind: m.kind,
          expected: money(m.expected),
          payment_count: m.payment_count,
          ...(m.cash
            ? {
                cash: {
                  opening: money(m.cash.opening),
                  payments: money(m.cash.payments),
                  cash_in: money(m.cash.cash_in),
                  cash_out: money(m.cash.cash_out),
                },
              }
            : {}),
        })),
        max_difference: data.maxDifference,
        draft_orders: data.drafts,
      };
    },
  );

  app.post(
    '/api/sessions/:id/close',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Close the session: counts, journal entry, stock, read-only',
        tags,
        params: IdParams,
        body: CloseBody,
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      const user = request.principal!.user;
      const r = await closeSession(ctx.db, {
        sessionId: session.id,
        userId: user.id,
        mayConfirmDifference:
          user.role !== 'cashier' || (await isManagerEmployee(ctx, request.body.employee_id)),
        counted: request.body.counted,
        notes: request.body.notes ?? '',
        confirmDifference: request.body.confirm_difference ?? false,
        drafts: request.body.drafts ?? 'refuse',
        now: ctx.now(),
      });
      if (!r.ok) {
        const { type, ...details } = r.error;
        return sendError(reply, type, details);
      }
      return r.value;
    },
  );
};
