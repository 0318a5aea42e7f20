import type { Decimal } from '../money/decimal.ts';
import { formatAmount, type Currency } from '../money/currency.ts';
import type { SettledOrder } from './run-compute.ts';
import type { ComputeInput } from './compute-input.ts';

/** A unit price: at least the currency's decimals, more when the price has them (0.125 stays 0.125). */
function formatUnitPrice(price: Decimal, currency: Currency): string {
  return price.toFixed(Math.max(currency.decimals, price.decimalPlaces()));
}

/** The computed order as `till compute` prints it: every amount a decimal string rounded to the currency. */
export function formatComputeOutput(input: ComputeInput, order: SettledOrder): Record<string, unknown> {
  const { currency } = input;
  const money = (d: Decimal) => formatAmount(d, currency);
  const sourceLines = input.lines;
  return {
    currency: currency.code,
    lines: order.totals.lines.map((l, i) => ({
      ...(l.line.kind === 'product' ? { product: sourceLines[i]?.product ?? null } : { kind: l.line.kind }),
      qty: l.line.qty.toString(),
      price_unit: formatUnitPrice(l.line.price_unit, currency),
      discount: l.line.discount.toString(),
      subtotal_excluded: money(l.subtotal_excluded),
      subtotal_included: money(l.subtotal_included),
      taxes: l.taxes.map((t) => ({ id: t.tax.id, base: money(t.base), amount: money(t.amount) })),
    })),
    total_excluded: money(order.totals.total_excluded),
    total_tax: money(order.totals.total_tax),
    total_included: money(order.totals.total_included),
    taxes: order.totals.taxes.map((t) => ({
      id: t.tax.id,
      name: t.tax.name,
      base: money(t.base),
      amount: money(t.amount),
    })),
    ...(order.rounding
      ? { rounding: { amount: money(order.rounding.amount), strategy: order.rounding.strategy } }
      : {}),
    total_due: money(order.total_due),
    paid: money(order.payment.paid),
    change: money(order.payment.change),
    remaining: money(order.payment.remaining),
  };
}
