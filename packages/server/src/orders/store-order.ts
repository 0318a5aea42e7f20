import { and, eq, inArray } from 'drizzle-orm';
import { formatAmount, type ComputedOrder, type OrderFlag, type SyncOrder } from '@till/core';
import type { Transaction } from '../db/database.ts';
import { customers, employees, orderLines, orderPayments, orders, soldSerials } from '../db/schema/index.ts';
import type { ShopCatalog } from './order-catalog.ts';

const four = (d: { toFixed(n: number): string }) => d.toFixed(4);

/**
 * Writes one order, its lines (the server's own subtotals) and payments (change as a negative
 * cash payment) in the caller's transaction. `on conflict do nothing` on the uid is the last word
 * on exactly-once: if another request stored the same uid meanwhile, nothing is written and the
 * caller answers `already_known`.
 */
export async function storeOrder(
  tx: Transaction,
  input: {
    order: SyncOrder;
    shop: ShopCatalog;
    sessionId: number;
    userId: number;
    computed: ComputedOrder;
    flags: OrderFlag[];
    refundedLineIds: ReadonlyMap<string, number>;
    now: Date;
  },
): Promise<{ id: number; flags: OrderFlag[] } | undefined> {
  const { order, computed, shop } = input;
  const cur = shop.shop.currency;
  const money = (d: Parameters<typeof formatAmount>[0]) => formatAmount(d, cur);
  const flags = [...input.flags];
  const [customer] =
    order.customer_id === null
      ? []
      : await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, order.customer_id));
  if (order.customer_id !== null && !customer)
    flags.push({ code: 'customer_unknown', detail: `customer #${order.customer_id} is not known` });
  const [employee] =
    order.employee_id === null
      ? []
      : await tx.select({ id: employees.id }).from(employees).where(eq(employees.id, order.employee_id));
  const settled = computed.payment.state === 'settled' ? computed.payment : null;

  const [row] = await tx
    .insert(orders)
    .values({
      uid: order.uid,
      shop_id: shop.shop.id,
      session_id: input.sessionId,
      original_session_id: order.session_id === input.sessionId ? null : order.session_id,
      receipt_number: order.receipt_number,
      login_number: order.login_number,
      sequence: order.sequence,
      state: order.state,
      is_refund: order.lines.some((l) => l.refunded_line_uid !== null),
      sold_at: new Date(order.sold_at),
      received_at: input.now,
      user_id: input.userId,
      employee_id: employee?.id ?? null,
      customer_id: customer?.id ?? null,
      pricelist_id:
        order.pricelist_id !== null &&
        shop.catalog.pricelists.some((p) => p.id === String(order.pricelist_id))
          ? order.pricelist_id
          : null,
      fiscal_position_id:
        order.fiscal_position_id !== null && shop.catalog.fiscalPositions.has(order.fiscal_position_id)
          ? order.fiscal_position_id
          : null,
      global_discount: order.global_discount,
      note: order.note,
      total_excluded: money(computed.totals.total_excluded),
      total_tax: money(computed.totals.total_tax),
      total_included: money(computed.totals.total_included),
      rounding: computed.rounding?.strategy === 'add_line' ? money(computed.rounding.amount) : '0',
      total_due: money(computed.total_due),
      amount_paid: settled ? money(settled.paid.minus(settled.change)) : order.totals.paid,
      change: settled ? money(settled.change) : '0',
      tax_totals: computed.totals.taxes.map((t) => ({
        tax_id: Number(t.tax.id),
        name: t.tax.name,
        base: money(t.base),
        amount: money(t.amount),
      })),
      till_totals: { ...order.totals },
      flags,
      review_state: flags.length ? 'to_review' : 'none',
    })
    .onConflictDoNothing({ target: orders.uid })
    .returning({ id: orders.id });
  if (!row) return undefined;

  const lineRows = computed.totals.lines.map((l, i) => {
    const sent = l.line.kind === 'product' ? order.lines[i] : undefined;
    const info = sent ? shop.productInfo.get(sent.product_id) : undefined;
    return {
      order_id: row.id,
      uid: sent?.uid ?? `${order.uid}:${l.line.key}`,
      kind: l.line.kind,
      product_id: info ? (sent?.product_id ?? null) : null,
      product_name: sent ? (info?.name ?? `Unknown product #${sent.product_id}`) : 'Global discount',
      qty: four(l.line.qty),
      price_unit: l.line.price_unit.toFixed(6),
      discount: four(l.line.discount),
      price_manually_set: sent?.price_manually_set ?? false,
      tax_ids: l.line.taxes.map((t) => Number(t.id)),
      subtotal_excluded: money(l.subtotal_excluded),
      subtotal_included: money(l.subtotal_included),
      customer_note: sent?.customer_note ?? '',
      lots: [...(sent?.lots ?? [])],
      refunded_line_id: sent?.refunded_line_uid
        ? (input.refundedLineIds.get(sent.refunded_line_uid) ?? null)
        : null,
    };
  });
  const inserted = lineRows.length
    ? await tx.insert(orderLines).values(lineRows).returning({ id: orderLines.id, uid: orderLines.uid })
    : [];

  // Serials: remember those sold, forget those returned (they may be sold again).
  for (const [i, l] of lineRows.entries()) {
    if (
      l.product_id === null ||
      shop.productInfo.get(l.product_id)?.tracking !== 'serial' ||
      l.lots.length === 0
    )
      continue;
    if (Number(l.qty) > 0) {
      await tx.insert(soldSerials).values(
        l.lots.map((serial) => ({
          product_id: l.product_id as number,
          serial,
          order_line_id: inserted[i]!.id,
        })),
      );
    } else {
      await tx
        .delete(soldSerials)
        .where(and(eq(soldSerials.product_id, l.product_id), inArray(soldSerials.serial, l.lots)));
    }
  }

  const cashMethod = order.payments.find(
    (p) => shop.catalog.paymentMethods.get(p.method_id)?.kind === 'cash',
  )?.method_id;
  const payments = order.payments.map((p) => ({
    order_id: row.id,
    payment_method_id: shop.catalog.paymentMethods.has(p.method_id) ? p.method_id : null,
    amount: p.amount,
    is_change: false,
  }));
  if (settled && !settled.change.isZero() && cashMethod !== undefined) {
    payments.push({
      order_id: row.id,
      payment_method_id: cashMethod,
      amount: money(settled.change.negated()),
      is_change: true,
    });
  }
  if (payments.length) await tx.insert(orderPayments).values(payments);
  return { id: row.id, flags };
}
