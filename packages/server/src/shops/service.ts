import { eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import type { Database } from '../db/database.ts';
import { shops } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { listShops, setShopLinks } from './queries.ts';
import type { NewShop, Shop, ShopChanges } from './schemas.ts';

export type ShopRefusal = 'not_found' | 'conflict';

/** Creates a shop with its settings and allowed pricelists, fiscal positions, payment methods. */
export async function createShop(db: Database, input: NewShop): Promise<Result<Shop, ShopRefusal>> {
  const { pricelist_ids, fiscal_position_ids, payment_method_ids, ...fields } = input;
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(shops).values(fields).returning({ id: shops.id });
      await setShopLinks(tx, row!.id, { pricelist_ids, fiscal_position_ids, payment_method_ids });
      return row!.id;
    });
    return ok((await listShops(db, { ids: [id] }))[0]!);
  } catch (error) {
    return refusalOf(error);
  }
}

/** Changes a shop's settings; lists given replace the current ones. */
export async function updateShop(
  db: Database,
  id: number,
  changes: ShopChanges,
): Promise<Result<Shop, ShopRefusal>> {
  const { pricelist_ids, fiscal_position_ids, payment_method_ids, ...fields } = changes;
  try {
    const found = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(shops)
        .set({ ...fields, updated_at: sql`now()` }) // never empty: changing only the lists also versions the shop
        .where(eq(shops.id, id))
        .returning({ id: shops.id });
      if (!row) return false;
      await setShopLinks(tx, id, { pricelist_ids, fiscal_position_ids, payment_method_ids });
      return true;
    });
    if (!found) return err('not_found');
    return ok((await listShops(db, { ids: [id] }))[0]!);
  } catch (error) {
    return refusalOf(error);
  }
}

function refusalOf(error: unknown): Result<never, ShopRefusal> {
  if (sqlStateOf(error) === SQL_STATE.foreignKeyViolation) return err('conflict');
  throw error;
}
