import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { userShops } from '../db/schema/index.ts';
import type { AuthUser } from './principal.ts';

/** Whether a user may act on a shop: admins on all, others on those listed for them. */
export async function hasShopAccess(db: Queryable, user: AuthUser, shopId: number): Promise<boolean> {
  if (user.role === 'admin') return true;
  const rows = await db
    .select({ shop_id: userShops.shop_id })
    .from(userShops)
    .where(and(eq(userShops.user_id, user.id), eq(userShops.shop_id, shopId)))
    .limit(1);
  return rows.length > 0;
}

/**
 * A SQL condition keeping `shopColumn` to the shops the user may see: every shop for an admin,
 * the shops listed in `user_shops` for the others. For lists and reports over several shops.
 */
export function shopScope(user: AuthUser, shopColumn: SQL | AnyColumn): SQL {
  return user.role === 'admin'
    ? sql`true`
    : sql`${shopColumn} in (select us.shop_id from user_shops us where us.user_id = ${user.id})`;
}
