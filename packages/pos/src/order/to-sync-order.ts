import type { SyncOrder } from '@till/core';
import type { TillOrder } from './till-order.ts';

/**
 * The paid order as the sync protocol sends it. Null while it cannot be sent yet: not paid, or its
 * customer was created on this device and has no server id yet (the customer goes first;
 * `customerIds` maps the device's customer uids to the ids the server gave them).
 */
export function toSyncOrder(
  order: TillOrder,
  customerIds: ReadonlyMap<string, number> = new Map(),
): SyncOrder | null {
  if (order.state !== 'paid' || order.totals === null || order.sold_at === null) return null;
  const customerId =
    order.customer_id ?? (order.customer_uid === null ? null : (customerIds.get(order.customer_uid) ?? null));
  if (order.customer_uid !== null && customerId === null) return null;
  return {
    uid: order.uid,
    session_id: order.session_id,
    login_number: order.login_number,
    sequence: order.sequence,
    receipt_number: order.receipt_number,
    state: 'paid',
    sold_at: order.sold_at,
    employee_id: order.employee_id,
    customer_id: customerId,
    pricelist_id: order.pricelist_id,
    fiscal_position_id: order.fiscal_position_id,
    global_discount: order.global_discount,
    note: order.note,
    lines: order.lines.map((l) => ({
      uid: l.uid,
      product_id: l.product_id,
      qty: l.qty,
      price_unit: l.price_unit,
      discount: l.discount,
      tax_ids: l.tax_ids,
      price_manually_set: l.price_source === 'manual' || l.price_source === 'barcode',
      customer_note: l.customer_note,
      lots: l.lots,
      refunded_line_uid: l.refunded_line_uid,
    })),
    payments: order.payments.map((p) => ({ method_id: p.method_id, amount: p.amount })),
    totals: order.totals,
  };
}
