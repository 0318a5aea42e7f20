import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import type { DatabaseHandle, DatabaseKind } from '../db/database.ts';
import { openPglite } from '../db/open-pglite.ts';
import { openPostgres } from '../db/open-postgres.ts';

/**
 * The databases every integration test runs on: PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL is set (e.g. postgres://postgres@127.0.0.1:5432/test). Use as
 *
 *   describe.each(testDatabases())('shops on %s', (kind) => { const t = useTestApp(kind); … })
 */
export function testDatabases(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

/** A fresh, migrated database of that kind, for one test; `close()` (idempotent) also deletes it. */
export function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  return kind === 'pglite' ? openTestPglite() : openTestPostgres();
}

let migratedDump: Promise<Blob> | undefined;

/** In memory, started from a dump of a migrated database (made once per test file): ~0.3 s. */
async function openTestPglite(): Promise<DatabaseHandle> {
  migratedDump ??= (async () => {
    const handle = await openPglite();
    await handle.migrate();
    const client = (handle.db as unknown as { $client: PGlite }).$client;
    const dump = await client.dumpDataDir('none');
    await handle.close();
    return dump;
  })();
  return openPglite({ loadDataDir: await migratedDump });
}

/** A new database on the test server, named for this process, dropped on close. */
async function openTestPostgres(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `till_test_${process.pid}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openPostgres({ url: url.toString(), maxConnections: 4 });
  let dropped = false;
  const drop = async () => {
    if (dropped) return;
    dropped = true;
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    await drop();
    throw error;
  }
  return {
    ...handle,
    async close() {
      await handle.close();
      await drop();
    },
  };
}
