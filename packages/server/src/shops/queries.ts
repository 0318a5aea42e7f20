import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import {
  shopFiscalPositions,
  shopPaymentMethods,
  sessions,
  shopPricelists,
  shops,
  userShops,
} from '../db/schema/index.ts';
import type { Shop } from './schemas.ts';

/** Shops with their allowed pricelists, fiscal positions and payment methods. */
export async function listShops(
  db: Queryable,
  filter: { ids?: readonly number[]; userId?: number } = {},
): Promise<Shop[]> {
  let ids = filter.ids;
  if (filter.userId !== undefined) {
    const rights = await db
      .select({ shop_id: userShops.shop_id })
      .from(userShops)
      .where(eq(userShops.user_id, filter.userId));
    ids = rights.map((r) => r.shop_id);
    if (ids.length === 0) return [];
  }
  const where = ids ? inArray(shops.id, [...ids]) : undefined;
  const rows = await db.select().from(shops).where(where).orderBy(asc(shops.id));
  if (rows.length === 0) return [];
  const shopIds = rows.map((r) => r.id);
  const pricelists = await db.select().from(shopPricelists).where(inArray(shopPricelists.shop_id, shopIds));
  const positions = await db
    .select()
    .from(shopFiscalPositions)
    .where(inArray(shopFiscalPositions.shop_id, shopIds));
  const methods = await db
    .select()
    .from(shopPaymentMethods)
    .where(inArray(shopPaymentMethods.shop_id, shopIds));
  const idsOf = <T extends { shop_id: number }>(links: T[], shopId: number, pick: (l: T) => number) =>
    links
      .filter((l) => l.shop_id === shopId)
      .map(pick)
      .sort((a, b) => a - b);
  const running = await db
    .select({
      id: sessions.id,
      shop_id: sessions.shop_id,
      name: sessions.name,
      state: sessions.state,
      opened_by: sessions.opened_by,
      opened_at: sessions.opened_at,
    })
    .from(sessions)
    .where(and(inArray(sessions.shop_id, shopIds), ne(sessions.state, 'closed'), eq(sessions.rescue, false)));
  return rows.map(({ created_at: _c, updated_at: _u, ...shop }) => ({
    ...shop,
    session: running.filter((r) => r.shop_id === shop.id).map(({ shop_id: _s, ...r }) => r)[0] ?? null,
    pricelist_ids: idsOf(pricelists, shop.id, (l) => l.pricelist_id),
    fiscal_position_ids: idsOf(positions, shop.id, (l) => l.fiscal_position_id),
    payment_method_ids: idsOf(methods, shop.id, (l) => l.payment_method_id),
  }));
}

/** Replaces a shop's allowed pricelists, fiscal positions or payment methods (those given). */
export async function setShopLinks(
  tx: Queryable,
  shopId: number,
  links: {
    pricelist_ids?: readonly number[];
    fiscal_position_ids?: readonly number[];
    payment_method_ids?: readonly number[];
  },
): Promise<void> {
  if (links.pricelist_ids) {
    await tx.delete(shopPricelists).where(eq(shopPricelists.shop_id, shopId));
    if (links.pricelist_ids.length > 0)
      await tx
        .insert(shopPricelists)
        .values(links.pricelist_ids.map((pricelist_id) => ({ shop_id: shopId, pricelist_id })));
  }
  if (links.fiscal_position_ids) {
    await tx.delete(shopFiscalPositions).where(eq(shopFiscalPositions.shop_id, shopId));
    if (links.fiscal_position_ids.length > 0)
      await tx
        .insert(shopFiscalPositions)
        .values(
          links.fiscal_position_ids.map((fiscal_position_id) => ({ shop_id: shopId, fiscal_position_id })),
        );
  }
  if (links.payment_method_ids) {
    await tx.delete(shopPaymentMethods).where(eq(shopPaymentMethods.shop_id, shopId));
    if (links.payment_method_ids.length > 0)
      await tx
        .insert(shopPaymentMethods)
        .values(
          links.payment_method_ids.map((payment_method_id) => ({ shop_id: shopId, payment_method_id })),
        );
  }
}
