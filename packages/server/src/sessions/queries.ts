import { alias } from 'drizzle-orm/pg-core';
import { and, desc, eq, getTableColumns, gte, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { AuthUser } from '../auth/principal.ts';
import { shopScope } from '../auth/shop-access.ts';
import type { Queryable } from '../db/database.ts';
import { sessions, shops, users } from '../db/schema/index.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function findSession(db: Queryable, id: number): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

/** The shop's running (not closed, not rescue) session, if any. */
export async function findRunningSession(db: Queryable, shopId: number): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.shop_id, shopId), ne(sessions.state, 'closed'), eq(sessions.rescue, false)));
  return row;
}

export async function listSessions(
  db: Queryable,
  filter: { shopId?: number; limit: number; offset: number },
): Promise<SessionRow[]> {
  return db
    .select()
    .from(sessions)
    .where(filter.shopId === undefined ? undefined : eq(sessions.shop_id, filter.shopId))
    .orderBy(desc(sessions.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

export interface SessionSearch {
  shop_id?: number;
  state?: SessionRow['state'];
  rescue?: boolean;
  /** Sessions opened in [from, to]. */
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

const openedBy = alias(users, 'opened_by_user');
const closedBy = alias(users, 'closed_by_user');

/** Sessions of every shop the user may see, newest first, with the names a list shows. */
export async function searchSessions(db: Queryable, user: AuthUser, q: SessionSearch) {
  const where: SQL[] = [shopScope(user, sessions.shop_id)];
  if (q.shop_id !== undefined) where.push(eq(sessions.shop_id, q.shop_id));
  if (q.state !== undefined) where.push(eq(sessions.state, q.state));
  if (q.rescue !== undefined) where.push(eq(sessions.rescue, q.rescue));
  if (q.from) where.push(gte(sessions.opened_at, new Date(q.from)));
  if (q.to) where.push(lte(sessions.opened_at, new Date(q.to)));
  const condition = and(...where);
  const [items, count] = await Promise.all([
    db
      .select({
        ...getTableColumns(sessions),
        shop_name: shops.name,
        opened_by_name: openedBy.name,
        closed_by_name: closedBy.name,
      })
      .from(sessions)
      .innerJoin(shops, eq(shops.id, sessions.shop_id))
      .leftJoin(openedBy, eq(openedBy.id, sessions.opened_by))
      .leftJoin(closedBy, eq(closedBy.id, sessions.closed_by))
      .where(condition)
      .orderBy(desc(sessions.id))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(sessions)
      .where(condition),
  ]);
  return { items, total: Number(count[0]?.n ?? 0), limit: q.limit, offset: q.offset };
}
