import {
  computeOrder,
  dec,
  formatAmount,
  parseDecimal,
  ZERO,
  type CashRounding,
  type ComputedOrder,
  type Decimal,
  type LineTotals,
  type PaymentKind,
  type SyncTotals,
  type TillShop,
} from '@till/core';
import type { Catalog } from '../catalog/catalog.ts';
import { fiscalPositionOf, taxesOf } from './line-price.ts';
import type { TillOrder } from './till-order.ts';

/** A decimal string of the order (what the keypad typed); garbage counts as zero. */
export const amountOf = (text: string): Decimal => parseDecimal(text) ?? ZERO;

export function cashRoundingOf(shop: TillShop | null): CashRounding | null {
  const r = shop?.cash_rounding;
  if (!r) return null;
  return { precision: dec(r.precision), method: r.method, strategy: r.strategy, cash_only: r.cash_only };
}

export function paymentKindOf(catalog: Catalog, methodId: number): PaymentKind {
  return catalog.paymentMethods.find((m) => m.id === methodId)?.kind ?? 'bank';
}

/** The order's totals, taxes, rounding and payments, by core's `computeOrder`: what the till shows. */
export function computeTillOrder(order: TillOrder, catalog: Catalog): ComputedOrder {
  return computeOrder({
    currency: catalog.currency,
    taxRounding: catalog.shop?.tax_rounding ?? 'per_line',
    taxIndex: catalog.taxIndex,
    fiscalPosition: fiscalPositionOf(catalog, order.fiscal_position_id),
    lines: order.lines.map((l) => ({
      key: l.uid,
      qty: amountOf(l.qty),
      price_unit: amountOf(l.price_unit),
      discount: amountOf(l.discount),
      taxes: taxesOf(catalog, l.tax_ids),
    })),
    globalDiscount: amountOf(order.global_discount),
    cashRounding: cashRoundingOf(catalog.shop),
    payments: order.payments.map((p) => ({
      method: String(p.method_id),
      kind: paymentKindOf(catalog, p.method_id),
      amount: amountOf(p.amount),
    })),
  });
}

/** The computed totals of one line of the order, by its uid. */
export function lineTotalsOf(computed: ComputedOrder, lineUid: string): LineTotals | undefined {
  return computed.totals.lines.find((l) => l.line.key === lineUid);
}

/** What the till showed, as the sync protocol carries it. */
export function syncTotalsOf(computed: ComputedOrder, catalog: Catalog): SyncTotals {
  const money = (d: Decimal) => formatAmount(d, catalog.currency);
  const settled = computed.payment.state === 'settled' ? computed.payment : null;
  return {
    total_excluded: money(computed.totals.total_excluded),
    total_tax: money(computed.totals.total_tax),
    total_included: money(computed.totals.total_included),
    total_due: money(computed.total_due),
    paid: money(settled?.paid ?? ZERO),
    change: money(settled?.change ?? ZERO),
  };
}
