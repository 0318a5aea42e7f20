import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database.ts';
import { rawRows } from './raw-rows.ts';
import * as schema from './schema/index.ts';
import { shops } from './schema/index.ts';
import { openTestDatabase, testDatabases } from '../test/databases.ts';

describe.each(testDatabases())('storage on %s', (kind) => {
  let handle: DatabaseHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('starts migrated: every table of the schema exists (a forgotten `db:generate` fails here)', async () => {
    handle = await openTestDatabase(kind);
    const rows = await rawRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const inSchema = Object.values(schema)
      .filter((value) => is(value, PgTable))
      .map((table) => getTableName(table));
    expect(inSchema).toEqual(
      expect.arrayContaining(['users', 'shops', 'products', 'pricelist_rules', 'tables']),
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(inSchema.sort());
  });

  it('keeps numeric money exact, as decimal strings', async () => {
    handle = await openTestDatabase(kind);
    const db = handle.db;
    await db.transaction((tx) => tx.insert(shops).values({ name: 'A', max_closing_difference: '0.1' }));
    await db.transaction((tx) =>
      tx.update(shops).set({ max_closing_difference: sql`${shops.max_closing_difference} + 0.2` }),
    );
    const [row] = await db.select({ v: shops.max_closing_difference }).from(shops);
    expect(row?.v).toBe('0.3000');
  });

  it('rolls a failed transaction back whole', async () => {
    handle = await openTestDatabase(kind);
    const db = handle.db;
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(shops).values({ name: 'kept?' });
        await tx.insert(shops).values({ name: 'bad', stock_update: 'never' as 'real' });
      }),
    ).rejects.toThrow();
    expect(await db.select().from(shops)).toHaveLength(0);
  });
});
