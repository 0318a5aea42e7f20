import {
  checkRefund,
  dec,
  describeRefundError,
  refundableQuantity,
  type Decimal,
  type RefundLine,
} from '@till/core';
import type { OrderDetail } from '../api/types.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { customerNameOf, soldLines, type SoldLine } from './server-order.ts';
import type { EditContext } from './edit-order.ts';
import type { TillOrder, TillOrderLine } from './till-order.ts';

/**
 * Refund lines on this device the server has not counted yet (unpaid refunds, refunds waiting in
 * the outbox): what the server says is refundable is reduced by them.
 */
export function pendingRefundLines(localOrders: readonly TillOrder[]): RefundLine[] {
  return localOrders
    .filter((o) => o.state === 'draft' || (o.state === 'paid' && o.sync_state !== 'sent'))
    .flatMap((o) => o.lines)
    .filter((l) => l.refunded_line_uid !== null)
    .map((l) => ({ refunded_line_id: l.refunded_line_uid!, qty: dec(l.qty) }));
}

/** What can still be refunded of each sold line, by core's `refundableQuantity`. */
export function refundableOf(line: SoldLine, pending: readonly RefundLine[]): Decimal {
  return refundableQuantity(
    { id: line.uid, product: line.product_name, qty: dec(line.refundable_qty) },
    pending,
  );
}

/**
 * Turns an empty new order into the refund of a past order: the chosen quantities as negative lines
 * at the price, discount and taxes they were sold at, pointing at the sold lines; the customer,
 * pricelist and fiscal position of the sale. Refused (core's `checkRefund`) beyond what is left.
 */
export function buildRefund(
  draft: TillOrder,
  detail: OrderDetail,
  quantities: ReadonlyMap<string, Decimal>,
  pending: readonly RefundLine[],
  catalog: Catalog,
  ctx: EditContext,
): { ok: true; order: TillOrder } | { ok: false; error: string } {
  const sold = soldLines(detail, catalog);
  const chosen = sold.filter((l) => quantities.get(l.uid)?.gt(0));
  if (chosen.length === 0) return { ok: false, error: 'Choose at least one product to refund.' };
  const requested = chosen.map((l) => ({ refunded_line_id: l.uid, qty: quantities.get(l.uid)!.negated() }));
  const checked = checkRefund(
    sold.map((l) => ({ id: l.uid, product: l.product_name, qty: dec(l.refundable_qty) })),
    pending,
    requested,
  );
  if (!checked.ok) return { ok: false, error: `Cannot refund: ${describeRefundError(checked.error)}.` };
  const lines: TillOrderLine[] = chosen.map((l) => ({
    uid: ctx.newUid(),
    product_id: l.product_id,
    product_name: l.product_name,
    uom: catalog.products.get(l.product_id)?.uom ?? 'unit',
    qty: quantities.get(l.uid)!.negated().toString(),
    price_unit: l.price_unit,
    discount: l.discount,
    tax_ids: l.tax_ids,
    price_source: 'refund',
    customer_note: '',
    lots: [],
    refunded_line_uid: l.uid,
  }));
  return {
    ok: true,
    order: {
      ...draft,
      customer_id: detail.customer_id ?? null,
      customer_uid: null,
      customer_name: customerNameOf(detail, catalog),
      pricelist_id: detail.pricelist_id ?? draft.pricelist_id,
      fiscal_position_id: detail.fiscal_position_id ?? null,
      lines,
      payments: [],
      refund_of: { order_id: detail.id, receipt_number: detail.receipt_number },
      updated_at: ctx.now.toISOString(),
    },
  };
}
