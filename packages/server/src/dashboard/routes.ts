import { Type } from '@sinclair/typebox';
import { requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { errorResponses, Id, InstantOut, Nullable } from '../http/schemas.ts';
import { loadDashboard } from './queries.ts';

const Money = Type.String({ description: 'Decimal string in the shop’s currency', examples: ['12.00'] });

const DashboardShop = Type.Object({
  id: Id,
  name: Type.String(),
  currency: Type.String(),
  session: Nullable(
    Type.Object({
      id: Id,
      name: Type.String(),
      state: Type.String(),
      opened_at: Nullable(InstantOut),
      opened_by_name: Nullable(Type.String()),
      sellers: Type.Array(Type.String(), { description: 'Users who joined and employees who sold' }),
      orders_count: Type.Integer(),
      total: Money,
    }),
  ),
  open_rescue_sessions: Type.Integer(),
  today: Type.Object({ orders: Type.Integer(), total: Money, currency: Type.String() }),
});

/** The back office's first screen: a card per shop, polled while tills sell. */
export const dashboardRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/dashboard',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'A card per shop: running session, sellers, rescue sessions waiting, today’s sales',
        description:
          'Today is counted in the shop’s time zone (the server’s when the shop names none), paid and invoiced orders by time of sale.',
        tags: ['back office'],
        response: { 200: Type.Object({ shops: Type.Array(DashboardShop) }), ...errorResponses(401) },
      },
    },
    async (request) => loadDashboard(ctx.db, request.principal!.user, ctx.now()),
  );
};
