import { PassThrough, type Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { Type } from '@sinclair/typebox';
import { requireShopAccess, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { tillDataRecords } from './load-stream.ts';

const LoadQuery = Type.Object({
  since: Type.Optional(
    Type.String({
      format: 'date-time',
      description: 'The version of an earlier load: only what changed after it',
    }),
  ),
});

/**
 * GET /api/shops/:id/load: everything a till needs, in one request, as newline-delimited JSON
 * (gzip when the till accepts it), streamed from one database snapshot as it is read.
 */
export const loadRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/shops/:id/load',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'Load a till: shop, catalog, customers, employees, as a stream of NDJSON records',
        description:
          'The records of packages/core/src/sync/till-data.ts; the first says how many products and customers follow.',
        tags: ['till'],
        params: IdParams,
        querystring: LoadQuery,
        response: {
          200: Type.Unknown({ description: 'application/x-ndjson' }),
          ...errorResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const since = request.query.since ?? null;
      const body = new PassThrough();
      // The whole stream reads one snapshot. The records are written as they are read, without
      // waiting for a slow till to take them: PGlite has one connection, and a transaction held
      // open for a till on a slow network would stop every other request (sync, other tills).
      void ctx.db
        .transaction(
          async (tx) => {
            for await (const record of tillDataRecords(tx, request.params.id, since)) {
              if (body.destroyed) return;
              body.write(`${JSON.stringify(record)}\n`);
              // PGlite answers on the main thread without giving the event loop a turn: without
              // this the gzip and the socket see nothing until the last page (first byte = last).
              await new Promise((resolve) => setImmediate(resolve));
            }
          },
          { isolationLevel: 'repeatable read', accessMode: 'read only' },
        )
        .then(
          () => body.end(),
          (error: unknown) => {
            request.log.error({ err: error }, 'till load failed');
            body.destroy(error as Error);
          },
        );
      const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      reply.header('content-type', 'application/x-ndjson; charset=utf-8').header('cache-control', 'no-store');
      let stream: Readable = body;
      if (gzip) {
        reply.header('content-encoding', 'gzip').header('vary', 'accept-encoding');
        stream = body.pipe(createGzip({ level: 6 }));
      }
      return reply.send(stream);
    },
  );
};
