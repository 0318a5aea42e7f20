import { sql, type SQL } from 'drizzle-orm';
import { dec } from '@till/core';
import type { AuthUser } from '../auth/principal.ts';
import { shopScope } from '../auth/shop-access.ts';
import type { Queryable } from '../db/database.ts';
import { rawRows } from '../db/raw-rows.ts';
import { likePattern } from '../http/list-query.ts';

/**
 * Quantities on hand per product and lot, in one shop or added up over the shops the user may see.
 * They come from `stock_quants`, which every stock move updates in its own transaction (so they
 * are the sum of the moves, without summing millions of moves at each look). Products at zero are
 * left out.
 */
export async function stockReport(
  db: Queryable,
  user: AuthUser,
  q: { shop_id?: number; q?: string; limit: number; offset: number },
) {
  const where: SQL[] = [shopScope(user, sql`sq.shop_id`)];
  if (q.shop_id) where.push(sql`sq.shop_id = ${q.shop_id}`);
  if (q.q) {
    const pattern = likePattern(q.q);
    where.push(
      sql`(p.name ilike ${pattern} or p.internal_reference ilike ${pattern} or sq.lot ilike ${pattern})`,
    );
  }
  const grouped = sql`select sq.product_id, sq.lot, sum(sq.quantity) as quantity
                      from stock_quants sq join products p on p.id = sq.product_id
                      where ${sql.join(where, sql` and `)}
                      group by sq.product_id, sq.lot having sum(sq.quantity) <> 0`;
  const [items, count] = await Promise.all([
    rawRows<{
      product_id: number;
      product_name: string;
      default_code: string | null;
      lot: string;
      quantity: string;
      uom: string;
    }>(
      db,
      sql`select g.product_id, p.name as product_name, p.internal_reference as default_code, g.lot,
                 g.quantity::text as quantity, p.uom
          from (${grouped}) g join products p on p.id = g.product_id
          order by p.name, p.id, g.lot limit ${q.limit} offset ${q.offset}`,
    ),
    rawRows<{ n: number | string }>(db, sql`select count(*)::int as n from (${grouped}) g`),
  ]);
  return {
    items: items.map((i) => ({ ...i, quantity: dec(i.quantity).toString() })),
    total: Number(count[0]?.n ?? 0),
    limit: q.limit,
    offset: q.offset,
  };
}
