import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import type { Database, DatabaseHandle } from './database.ts';
import { MIGRATIONS_FOLDER, MIGRATIONS_SCHEMA } from './migrations-folder.ts';
import * as schema from './schema/index.ts';

/** Any constant: the advisory lock that lets one server at a time migrate a shared database. */
const MIGRATION_LOCK_KEY = 8_069_001;

export interface PostgresOptions {
  readonly url: string;
  /** Connection pool size (default 10). */
  readonly maxConnections?: number;
}

/** Opens PostgreSQL (DATABASE_URL) through postgres.js, a pure-JavaScript client. */
export async function openPostgres(options: PostgresOptions): Promise<DatabaseHandle> {
  const client = postgres(options.url, { max: options.maxConnections ?? 10, onnotice: () => {} });
  const db = drizzle({ client, schema });
  return {
    db: db as unknown as Database,
    kind: 'postgresql',
    migrate: () => migrateUnderLock(options.url),
    close: () => client.end({ timeout: 5 }),
  };
}

/**
 * Several servers of a chain may start at once against one database: each migrates on its own
 * single connection holding a session advisory lock, so migrations never run twice in parallel.
 */
async function migrateUnderLock(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), {
      migrationsFolder: MIGRATIONS_FOLDER,
      migrationsSchema: MIGRATIONS_SCHEMA,
    });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
