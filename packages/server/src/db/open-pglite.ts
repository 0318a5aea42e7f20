import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database, DatabaseHandle } from './database.ts';
import { MIGRATIONS_FOLDER, MIGRATIONS_SCHEMA } from './migrations-folder.ts';
import * as schema from './schema/index.ts';

export interface PgliteOptions {
  /** The data folder (TILL_DATA_DIR); the database lives in its `pglite/` sub-folder. Omit for in-memory. */
  readonly dataDir?: string;
  /** Start from a dump made by `dumpDataDir` (tests start each from a migrated copy). */
  readonly loadDataDir?: Blob | File;
}

/**
 * Opens the embedded database. With a data folder, takes the folder's lock first: PGlite itself
 * takes none, and two processes on one folder silently lose writes.
 */
export async function openPglite(options: PgliteOptions = {}): Promise<DatabaseHandle> {
  const lock = options.dataDir === undefined ? undefined : await lockDataDir(options.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(options.dataDir === undefined ? {} : { dataDir: join(options.dataDir, 'pglite') }),
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
    });
  } catch (error) {
    await lock?.release();
    throw error;
  }
  const pglite = drizzle({ client, schema });
  return {
    db: pglite as unknown as Database,
    kind: 'pglite',
    migrate: () =>
      migrate(pglite, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: MIGRATIONS_SCHEMA }),
    async close() {
      try {
        if (!client.closed) await client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}
