import { and, desc, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { sessions } from '../db/schema/index.ts';

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
