import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { users, userShops } from '../db/schema/index.ts';

const columns = {
  id: users.id,
  login: users.login,
  name: users.name,
  role: users.role,
  active: users.active,
};

/** Users with the shops they have rights on; all of them, or those with the given ids. */
export async function listUsers(db: Queryable, ids?: readonly number[]) {
  const rows = await db
    .select(columns)
    .from(users)
    .where(ids ? inArray(users.id, [...ids]) : undefined)
    .orderBy(asc(users.id));
  const links = await db
    .select()
    .from(userShops)
    .where(ids ? inArray(userShops.user_id, [...ids]) : undefined);
  return rows.map((u) => ({
    ...u,
    shop_ids: links
      .filter((l) => l.user_id === u.id)
      .map((l) => l.shop_id)
      .sort((a, b) => a - b),
  }));
}

/** Replaces the shops a user has rights on. */
export async function setUserShops(tx: Queryable, userId: number, shopIds: readonly number[]): Promise<void> {
  await tx.delete(userShops).where(eq(userShops.user_id, userId));
  if (shopIds.length > 0)
    await tx.insert(userShops).values(shopIds.map((shop_id) => ({ user_id: userId, shop_id })));
}
