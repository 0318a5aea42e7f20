import { inArray, sql } from 'drizzle-orm';
import { checkRefund, dec, describeRefundError, type OrderFlag, type SyncOrder } from '@till/core';
import type { Transaction } from '../db/database.ts';
import { orderLines } from '../db/schema/index.ts';
import { rawRows } from '../db/raw-rows.ts';

/**
 * Checks a refund's lines against what was sold and already refunded. The sold lines are locked
 * (`for update`) for the rest of the transaction, so two devices refunding the same line at once
 * are checked one after the other and the second sees the first's refund.
 * Returns the ids of the refunded lines by uid, and a flag when the refund goes beyond what was sold.
 */
export async function checkRefundLines(
  tx: Transaction,
  order: SyncOrder,
): Promise<{ lineIds: Map<string, number>; flags: OrderFlag[] }> {
  const uids = [
    ...new Set(order.lines.map((l) => l.refunded_line_uid).filter((u): u is string => u !== null)),
  ];
  const lineIds = new Map<string, number>();
  if (uids.length === 0) return { lineIds, flags: [] };
  const sold = await tx
    .select({ id: orderLines.id, uid: orderLines.uid, qty: orderLines.qty, product: orderLines.product_name })
    .from(orderLines)
    .where(inArray(orderLines.uid, uids))
    .orderBy(orderLines.id)
    .for('update');
  for (const s of sold) lineIds.set(s.uid, s.id);
  const flags: OrderFlag[] = [];
  const missing = uids.filter((u) => !lineIds.has(u));
  if (missing.length)
    flags.push({
      code: 'refund_exceeds_sold',
      detail: `refunds lines the server does not know: ${missing.join(', ')}`,
    });
  const earlier = sold.length
    ? await rawRows<{ refunded_line_id: number; qty: string }>(
        tx,
        sql`select refunded_line_id, sum(l.qty)::text as qty from order_lines l join orders o on o.id = l.order_id
            where l.refunded_line_id in (${sql.join(
              sold.map((s) => sql`${s.id}`),
              sql`, `,
            )}) and o.state <> 'cancelled'
            group by refunded_line_id`,
      )
    : [];
  const result = checkRefund(
    sold.map((s) => ({ id: String(s.id), product: s.product, qty: dec(s.qty) })),
    earlier.map((e) => ({ refunded_line_id: String(e.refunded_line_id), qty: dec(e.qty) })),
    order.lines
      .filter((l) => l.refunded_line_uid !== null && lineIds.has(l.refunded_line_uid))
      .map((l) => ({
        refunded_line_id: String(lineIds.get(l.refunded_line_uid as string)),
        qty: dec(l.qty),
      })),
  );
  if (!result.ok) flags.push({ code: 'refund_exceeds_sold', detail: describeRefundError(result.error) });
  return { lineIds, flags };
}
