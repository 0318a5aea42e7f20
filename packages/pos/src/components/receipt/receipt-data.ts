import { dec, ZERO, type Decimal } from '@till/core';
import type { Catalog } from '../../catalog/catalog.ts';
import { computeTillOrder, lineTotalsOf } from '../../order/compute-till-order.ts';
import type { TillOrder } from '../../order/till-order.ts';

/** What a printed receipt shows, every figure from core. */
export interface ReceiptData {
  readonly receiptNumber: string;
  readonly soldAt: string | null;
  readonly header: string;
  readonly footer: string;
  readonly cashier: string | null;
  readonly customer: string | null;
  readonly lines: readonly {
    readonly key: string;
    readonly name: string;
    readonly qty: string;
    readonly unitPrice: Decimal;
    readonly discount: Decimal;
    readonly total: Decimal;
    readonly note: string;
  }[];
  readonly taxes: readonly { readonly name: string; readonly base: Decimal; readonly amount: Decimal }[];
  readonly totalExcluded: Decimal;
  readonly total: Decimal;
  readonly rounding: Decimal | null;
  readonly payments: readonly { readonly name: string; readonly amount: Decimal }[];
  readonly change: Decimal;
  readonly refundOf: string | null;
}

export function receiptOf(order: TillOrder, catalog: Catalog): ReceiptData {
  const computed = computeTillOrder(order, catalog);
  const settled = computed.payment.state === 'settled' ? computed.payment : null;
  const employee = catalog.employees.find((e) => e.id === order.employee_id);
  return {
    receiptNumber: order.receipt_number,
    soldAt: order.sold_at,
    header: catalog.shop?.receipt_header ?? catalog.shop?.name ?? '',
    footer: catalog.shop?.receipt_footer ?? '',
    cashier: employee?.name ?? null,
    customer: order.customer_name,
    lines: order.lines.map((l) => ({
      key: l.uid,
      name: l.product_name,
      qty: l.qty,
      unitPrice: dec(l.price_unit),
      discount: dec(l.discount),
      total: lineTotalsOf(computed, l.uid)?.subtotal_included ?? ZERO,
      note: l.customer_note,
    })),
    taxes: computed.totals.taxes.map((t) => ({ name: t.tax.name, base: t.base, amount: t.amount })),
    totalExcluded: computed.totals.total_excluded,
    total: computed.total_due,
    rounding: computed.rounding?.strategy === 'add_line' ? computed.rounding.amount : null,
    payments: order.payments.map((p) => ({
      name: catalog.paymentMethods.find((m) => m.id === p.method_id)?.name ?? `#${p.method_id}`,
      amount: dec(p.amount),
    })),
    change: settled?.change ?? ZERO,
    refundOf: order.refund_of?.receipt_number ?? null,
  };
}
