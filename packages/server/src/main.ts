import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { App } from './context.ts';
import type { DatabaseHandle } from './db/database.ts';

export interface RunningServer {
  readonly app: App;
  /** The address it listens on, e.g. http://127.0.0.1:8069 */
  readonly url: string;
  /** Stops listening, then closes the database (and releases the data folder). */
  close(): Promise<void>;
}

/** Serves the API on an open, migrated database. Everything else (seeding, printing) is the CLI's. */
export async function listen(
  handle: DatabaseHandle,
  config: Omit<ServerConfig, 'storage'>,
): Promise<RunningServer> {
  const app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    logger: { level: process.env.LOG_LEVEL ?? 'warn' },
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return {
    app,
    url: `http://${host}:${port}`,
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
