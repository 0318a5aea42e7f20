import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { orderLines, orders, stockMoves, stockQuants } from '../db/schema/index.ts';

/**
 * Moves the stock of one paid order out of (or, for returns, back into) the shop's location: one
 * move per product line, and the quantity on hand per product and lot updated in the same
 * transaction, in two statements whatever the number of lines. Negative stock is allowed (a shop
 * sells what is on the shelf, whatever the books say). An order whose stock moved is skipped.
 */
export async function moveOrderStock(tx: Transaction, orderId: number): Promise<void> {
  const [order] = await tx
    .update(orders)
    .set({ stock_moved: true })
    .where(and(eq(orders.id, orderId), eq(orders.stock_moved, false)))
    .returning({ shop_id: orders.shop_id, session_id: orders.session_id });
  if (!order) return;
  const lines = await tx
    .select({
      id: orderLines.id,
      product_id: orderLines.product_id,
      qty: orderLines.qty,
      lots: orderLines.lots,
    })
    .from(orderLines)
    .where(and(eq(orderLines.order_id, orderId), eq(orderLines.kind, 'product')));
  // A tracked line moves under its first lot (serials are one unit per line at the till).
  const moves = lines.flatMap((l) =>
    l.product_id === null ? [] : [{ product_id: l.product_id, lot: l.lots[0] ?? '', qty: l.qty, line: l.id }],
  );
  if (moves.length === 0) return;
  await tx.insert(stockMoves).values(
    moves.map((m) => ({
      shop_id: order.shop_id,
      session_id: order.session_id,
      product_id: m.product_id,
      lot: m.lot,
      quantity: sql`-(${m.qty}::numeric)` as unknown as string,
      order_line_id: m.line,
    })),
  );
  // One row per (product, lot): several lines of the same product add up first.
  const byKey = new Map<string, { product_id: number; lot: string; qtys: string[] }>();
  for (const m of moves) {
    const key = `${m.product_id}\u0000${m.lot}`;
    const entry = byKey.get(key) ?? { product_id: m.product_id, lot: m.lot, qtys: [] };
    entry.qtys.push(m.qty);
    byKey.set(key, entry);
  }
  await tx
    .insert(stockQuants)
    .values(
      [...byKey.values()].map((q) => ({
        shop_id: order.shop_id,
        product_id: q.product_id,
        lot: q.lot,
        quantity: sql`-(${sql.join(
          q.qtys.map((x) => sql`${x}::numeric`),
          sql` + `,
        )})` as unknown as string,
      })),
    )
    .onConflictDoUpdate({
      target: [stockQuants.shop_id, stockQuants.product_id, stockQuants.lot],
      set: { quantity: sql`${stockQuants.quantity} + excluded.quantity` },
    });
}
