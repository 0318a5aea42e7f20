import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FailureLimiter } from './auth/failure-limiter.ts';
import type { Database, DatabaseKind } from './db/database.ts';

/** What every route module receives: the database and the server-wide services. */
export interface AppContext {
  readonly db: Database;
  readonly databaseKind: DatabaseKind;
  /** A new random uuid at each start: a till that sees it change re-sends its session's orders. */
  readonly bootId: string;
  /** The clock (tests move it). */
  readonly now: () => Date;
  /** Whether the session cookie is marked Secure (HTTPS only; browsers also accept it on localhost). */
  readonly cookieSecure: boolean;
  readonly limiters: {
    /** Wrong PINs per employee. */
    readonly pinPerEmployee: FailureLimiter;
    /** Wrong PINs and passwords per client address. */
    readonly perAddress: FailureLimiter;
    /** Wrong passwords per login. */
    readonly passwordPerLogin: FailureLimiter;
  };
}

/** The Fastify instance routes are declared on, typed from their TypeBox schemas. */
export type App = FastifyInstance<
  Server,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/**
 * A domain's routes: `export const shopRoutes: RouteModule = (app, ctx) => { app.get(…) }`,
 * listed once in app.ts.
 */
export type RouteModule = (app: App, ctx: AppContext) => void;
