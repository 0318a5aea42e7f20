import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { authenticate } from './auth/authenticate.ts';
import { authRoutes } from './auth/routes.ts';
import { FailureLimiter } from './auth/failure-limiter.ts';
import type { App, AppContext, RouteModule } from './context.ts';
import type { Database, DatabaseKind } from './db/database.ts';
import { catalogRoutes } from './catalog/routes.ts';
import { customerRoutes } from './customers/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import { employeeManageRoutes } from './employees/manage-routes.ts';
import { employeeRoutes } from './employees/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { installErrorHandler } from './http/error-handler.ts';
import { installOpenApi } from './http/openapi.ts';
import { installValidation } from './http/validation.ts';
import { orderRoutes } from './orders/routes.ts';
import { reportRoutes } from './reports/routes.ts';
import { sessionReportRoutes } from './session-report/routes.ts';
import { sessionRoutes } from './sessions/routes.ts';
import { shopRoutes } from './shops/routes.ts';
import { loadRoutes } from './till-data/load-routes.ts';
import { userRoutes } from './users/routes.ts';
import { webPlaceholderRoutes } from './web/placeholder-routes.ts';

/** Every domain's routes, in one list: add yours here. */
const ROUTE_MODULES: readonly RouteModule[] = [
  healthRoutes,
  authRoutes,
  userRoutes,
  shopRoutes,
  catalogRoutes,
  customerRoutes,
  employeeRoutes,
  employeeManageRoutes,
  sessionRoutes,
  orderRoutes,
  loadRoutes,
  dashboardRoutes,
  sessionReportRoutes,
  reportRoutes,
  webPlaceholderRoutes,
];

export interface BuildAppOptions {
  readonly db: Database;
  readonly databaseKind: DatabaseKind;
  readonly bootId?: string;
  readonly now?: () => Date;
  /** Largest accepted request body, in bytes (default 1 MiB). A route may set its own. */
  readonly bodyLimit?: number;
  readonly cookieSecure?: boolean;
  readonly logger?: FastifyServerOptions['logger'];
  readonly trustProxy?: boolean;
}

/** Builds the whole HTTP API on a database; tests call `app.inject`, main.ts calls `listen`. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const clock = () => now().getTime();
  const ctx: AppContext = {
    db: options.db,
    databaseKind: options.databaseKind,
    bootId: options.bootId ?? randomUUID(),
    now,
    cookieSecure: options.cookieSecure ?? true,
    limiters: {
      pinPerEmployee: new FailureLimiter({ maxFailures: 5, lockMs: 60_000, now: clock }),
      perAddress: new FailureLimiter({ maxFailures: 20, lockMs: 60_000, now: clock }),
      passwordPerLogin: new FailureLimiter({ maxFailures: 10, lockMs: 60_000, now: clock }),
    },
  };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<TypeBoxTypeProvider>();
  installValidation(app);
  installErrorHandler(app);
  app.removeContentTypeParser('text/plain'); // the API speaks JSON only: anything else is 415
  await app.register(cookie);
  await installOpenApi(app);
  authenticate(app, ctx);
  for (const register of ROUTE_MODULES) register(app, ctx);
  return app;
}
