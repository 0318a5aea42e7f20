import { and, eq } from 'drizzle-orm';
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
