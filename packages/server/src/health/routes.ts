import { sql } from 'drizzle-orm';
import { Type } from '@sinclair/typebox';
import type { RouteModule } from '../context.ts';
import type { Database } from '../db/database.ts';

const HEALTH_TIMEOUT_MS = 2_000;

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  boot_id: Type.String({
    format: 'uuid',
    description: 'Changes at each server start: a till then re-sends its orders.',
  }),
  database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]),
});

/** GET /api/health: 200 when the database answers `select 1`, 503 otherwise; no login needed. */
export const healthRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/health',
    {
      schema: {
        summary: 'Is the server up, and which start is this',
        tags: ['health'],
        security: [],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const answered = await databaseAnswers(ctx.db);
      const body = {
        status: answered ? 'ok' : 'unavailable',
        boot_id: ctx.bootId,
        database: ctx.databaseKind,
      } as const;
      return reply.code(answered ? 200 : 503).send(body);
    },
  );
};

async function databaseAnswers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS)),
  );
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
