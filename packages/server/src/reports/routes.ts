import { Type } from '@sinclair/typebox';
import { requireUser } from '../auth/guards.ts';
import { hasShopAccess } from '../auth/shop-access.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { pageOf } from '../http/list-query.ts';
import { errorResponses } from '../http/schemas.ts';
import { toCsv } from './csv.ts';
import { inReportTransaction } from './report-transaction.ts';
import { salesReport } from './sales.ts';
import { SalesQuery, SalesReport, StockPage, StockQuery } from './schemas.ts';
import { stockReport } from './stock.ts';

const tags = ['reports'];
const CSV_COLUMNS = [
  'key',
  'label',
  'currency',
  'orders',
  'quantity',
  'total_excluded',
  'total_included',
] as const;

/** Reports for managers (their shops) and admins (all shops); cashiers have none. */
export const reportRoutes: RouteModule = (app, ctx) => {
  const managers = requireUser(['admin', 'manager']);

  app.get(
    '/api/reports/sales',
    {
      preHandler: [managers],
      schema: {
        summary: 'Sales by hour, day, month, shop, session, cashier, product, category or payment method',
        description:
          'Paid and invoiced orders of every shop I may see, refunds negative. Times are bucketed in each shop’s time zone. format=csv answers text/csv with the same columns.',
        tags,
        querystring: SalesQuery,
        response: {
          200: Type.Union([SalesReport, Type.String({ description: 'text/csv' })]),
          ...errorResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const user = request.principal!.user;
      if (request.query.shop_id && !(await hasShopAccess(ctx.db, user, request.query.shop_id)))
        return sendError(reply, 'shop_forbidden');
      const report = await inReportTransaction(ctx.db, (tx) => salesReport(tx, user, request.query));
      if (request.query.format !== 'csv') return report;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="sales-by-${report.group_by}.csv"`)
        .send(toCsv(CSV_COLUMNS, report.rows));
    },
  );

  app.get(
    '/api/reports/stock',
    {
      preHandler: [managers],
      schema: {
        summary: 'Stock on hand per product and lot, in one shop or over all my shops',
        tags,
        querystring: StockQuery,
        response: { 200: StockPage, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = request.principal!.user;
      if (request.query.shop_id && !(await hasShopAccess(ctx.db, user, request.query.shop_id)))
        return sendError(reply, 'shop_forbidden');
      return inReportTransaction(ctx.db, (tx) =>
        stockReport(tx, user, { ...request.query, ...pageOf(request.query) }),
      );
    },
  );
};
