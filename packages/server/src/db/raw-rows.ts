import type { SQL } from 'drizzle-orm';
import type { Queryable } from './database.ts';

/**
 * Runs raw SQL and returns its rows, whichever the driver: PGlite answers `{ rows }`,
 * postgres.js an array. Prefer Drizzle's query builder; use this for what it cannot say.
 */
export async function rawRows<T extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
