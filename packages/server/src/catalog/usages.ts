import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';

/**
 * Something that may use a catalog record: how many rows (or orders…) use record `id`, and how
 * to say it ("sold in 12 orders"). Deleting asks them all first, so the refusal names each use.
 */
export interface Usage {
  readonly count: (db: Queryable, id: number) => Promise<number>;
  readonly describe: (n: number) => string;
}

/** `n` rows of `table` where `where(id)` holds (`distinct` counts that expression instead). */
export function usage(
  table: PgTable,
  where: (id: number) => SQL,
  describe: (n: number) => string,
  distinct?: SQL,
): Usage {
  return {
    describe,
    count: async (db, id) => {
      const counted = distinct ? sql`count(distinct ${distinct})` : sql`count(*)`;
      const [row] = await db
        .select({ n: sql<number>`${counted}::int` })
        .from(table)
        .where(where(id));
      return Number(row?.n ?? 0);
    },
  };
}

/** "1 order" / "12 orders". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** What uses record `id`, as phrases; empty when nothing does. */
export async function usesOf(db: Queryable, id: number, usages: readonly Usage[]): Promise<string[]> {
  const out: string[] = [];
  for (const u of usages) {
    const n = await u.count(db, id);
    if (n > 0) out.push(u.describe(n));
  }
  return out;
}
