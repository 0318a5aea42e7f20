import { and, eq, inArray } from 'drizzle-orm';
import type { OrderFlag } from '@till/core';
import type { Transaction } from '../db/database.ts';
import { orderLines, orders, soldSerials } from '../db/schema/index.ts';

/** Flags serial numbers already sold (and not returned) for the same product. */
export async function checkSerials(
  tx: Transaction,
  lines: { product_id: number; serials: readonly string[]; name: string; qty: string }[],
): Promise<OrderFlag[]> {
  const flags: OrderFlag[] = [];
  for (const line of lines) {
    if (line.serials.length === 0 || Number(line.qty) < 0) continue;
    const seen = await tx
      .select({ serial: soldSerials.serial, receipt: orders.receipt_number })
      .from(soldSerials)
      .innerJoin(orderLines, eq(orderLines.id, soldSerials.order_line_id))
      .innerJoin(orders, eq(orders.id, orderLines.order_id))
      .where(
        and(eq(soldSerials.product_id, line.product_id), inArray(soldSerials.serial, [...line.serials])),
      );
    for (const s of seen)
      flags.push({
        code: 'serial_sold_twice',
        detail: `${line.name}: serial ${s.serial} was already sold on ${s.receipt}`,
      });
    const dup = line.serials.filter((s, i) => line.serials.indexOf(s) !== i);
    for (const s of dup)
      flags.push({
        code: 'serial_sold_twice',
        detail: `${line.name}: serial ${s} appears twice on this order`,
      });
  }
  return flags;
}
