import type { DatabaseHandle } from './database.ts';
import { openPglite } from './open-pglite.ts';
import { openPostgres } from './open-postgres.ts';

/** Where the data is: PostgreSQL when a URL is given, else PGlite in the data folder. */
export type StorageConfig =
  | { readonly kind: 'postgresql'; readonly url: string }
  | { readonly kind: 'pglite'; readonly dataDir: string };

/** Reads DATABASE_URL and TILL_DATA_DIR (default ./data). */
export function storageFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { kind: 'postgresql', url };
  return { kind: 'pglite', dataDir: env.TILL_DATA_DIR?.trim() || './data' };
}

/** Opens the database and applies pending migrations: the one way the server and `till` start. */
export async function openDatabase(config: StorageConfig): Promise<DatabaseHandle> {
  const handle =
    config.kind === 'postgresql'
      ? await openPostgres({ url: config.url })
      : await openPglite({ dataDir: config.dataDir });
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** How to name the storage to a person: "PostgreSQL (host/db)" or "PGlite in ./data". */
export function describeStorage(config: StorageConfig): string {
  if (config.kind === 'pglite') return `PGlite (embedded PostgreSQL) in ${config.dataDir}`;
  try {
    const u = new URL(config.url);
    return `PostgreSQL at ${u.host}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}
