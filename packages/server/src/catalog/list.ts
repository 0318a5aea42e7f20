import { count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/database.ts';
import { likePattern, pageOf, type ListQuery } from '../http/list-query.ts';

export interface PageOf<T> {
  readonly items: T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

/** The `archived` choice of a list query on a table's `active` column. */
export function archivedFilter(active: PgColumn, archived: ListQuery['archived']): SQL | undefined {
  if ((archived ?? 'exclude') === 'exclude') return eq(active, true);
  return archived === 'only' ? eq(active, false) : undefined;
}

/** Any of `columns` contains the search text `q` (case aside); nothing when `q` is blank. */
export function searchFilter(q: string | undefined, columns: readonly (PgColumn | SQL)[]): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  const pattern = likePattern(text);
  return or(...columns.map((c) => ilike(c, pattern)));
}

/**
 * One page of a table: the ids matching `where` in `order`, then the full records of those ids
 * (with their child rows) from `load`, kept in page order; and how many match.
 */
export async function listPage<T extends { id: number }>(
  db: Queryable,
  spec: {
    table: PgTable;
    id: PgColumn;
    where: SQL | undefined;
    order: SQL[];
    load: (db: Queryable, ids: number[]) => Promise<T[]>;
  },
  query: { limit?: number; offset?: number },
): Promise<PageOf<T>> {
  const { limit, offset } = pageOf(query);
  const [rows, totals] = await Promise.all([
    db
      .select({ id: sql<number>`${spec.id}` })
      .from(spec.table)
      .where(spec.where)
      .orderBy(...spec.order)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(spec.table).where(spec.where),
  ]);
  const ids = rows.map((r) => Number(r.id));
  const byId = new Map((await spec.load(db, ids)).map((item) => [item.id, item]));
  return { items: ids.map((id) => byId.get(id)!), total: Number(totals[0]?.n ?? 0), limit, offset };
}

/** The rows of `table` whose `id` is one of `ids` (none asked, no query). */
export async function rowsByIds<T extends PgTable>(
  db: Queryable,
  table: T,
  id: PgColumn,
  ids: readonly number[],
): Promise<T['$inferSelect'][]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(table as PgTable)
    .where(inArray(id, [...ids])) as Promise<T['$inferSelect'][]>;
}
