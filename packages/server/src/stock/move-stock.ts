import { and, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { orderLines, orders, stockMoves, stockQuants } from '../db/schema/index.ts';

/**
 * Moves the stock of one paid order out of (or, for returns, back into) the shop's location: one
 * move per product line and lot, and the quantity on hand updated in the same transaction.
 * Negative stock is allowed (a shop sells what is on the shelf, whatever the books say).
 */
export async function moveOrderStock(tx: Transaction, orderId: number): Promise<void> {
  const [order] = await tx
    .select({ shop_id: orders.shop_id, session_id: orders.session_id, stock_moved: orders.stock_moved })
    .from(orders)
    .where(eq(orders.id, orderId))
    .for('update');
  if (!order || order.stock_moved) return;
  const lines = await tx
    .select({
      id: orderLines.id,
      product_id: orderLines.product_id,
      qty: orderLines.qty,
      lots: orderLines.lots,
    })
    .from(orderLines)
    .where(and(eq(orderLines.order_id, orderId), eq(orderLines.kind, 'product')));
  for (const line of lines) {
    if (line.product_id === null) continue;
    // A line with lots moves one unit per serial, or its whole quantity under its first lot.
    const lot = line.lots[0] ?? '';
    const delta = sql`(-1 * ${line.qty}::numeric)`;
    await tx.insert(stockMoves).values({
      shop_id: order.shop_id,
      session_id: order.session_id,
      product_id: line.product_id,
      lot,
      quantity: sql`${delta}` as unknown as string,
      order_line_id: line.id,
    });
    await tx
      .insert(stockQuants)
      .values({
        shop_id: order.shop_id,
        product_id: line.product_id,
        lot,
        quantity: sql`${delta}` as unknown as string,
      })
      .onConflictDoUpdate({
        target: [stockQuants.shop_id, stockQuants.product_id, stockQuants.lot],
        set: { quantity: sql`${stockQuants.quantity} + ${delta}` },
      });
  }
  await tx.update(orders).set({ stock_moved: true }).where(eq(orders.id, orderId));
}
