import { Type } from '@sinclair/typebox';
import { requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { sessionForRequest } from '../sessions/session-access.ts';
import { loadSessionReport, loadZReport } from './report-data.ts';
import { SessionReportSchema, ZReportSchema } from './schemas.ts';
import { zReportPdf } from './z-report-pdf.ts';

const tags = ['sessions'];

/** A session's page in the back office and its Z report (JSON for the screen, PDF to keep). */
export const sessionReportRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/sessions/:id/report',
    {
      preHandler: [requireUser()],
      schema: {
        summary:
          'One session: orders, payments per method, cash moves, expected vs counted, journal entry, stock moves',
        tags,
        params: IdParams,
        response: { 200: SessionReportSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      return loadSessionReport(ctx.db, session);
    },
  );

  app.get(
    '/api/sessions/:id/z-report',
    {
      preHandler: [requireUser()],
      schema: {
        summary:
          'The Z report’s figures: orders, sales by tax, payments, cash control, differences, refunds, discounts',
        tags,
        params: IdParams,
        response: { 200: ZReportSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      return loadZReport(ctx.db, session);
    },
  );

  app.get(
    '/api/sessions/:id/z-report.pdf',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'The Z report as a PDF',
        tags,
        params: IdParams,
        produces: ['application/pdf'],
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'application/pdf' }),
          ...errorResponses(401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const session = await sessionForRequest(ctx, request, reply, request.params.id);
      if (!session) return reply;
      const pdf = await zReportPdf(await loadZReport(ctx.db, session));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="z-report-${session.id}.pdf"`)
        .send(pdf);
    },
  );
};
