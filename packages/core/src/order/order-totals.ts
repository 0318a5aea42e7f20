import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { roundToCurrency } from '../money/currency.ts';
import { computeTaxes, type LineTax } from '../tax/compute-taxes.ts';
import type { Tax, TaxIndex, TaxRounding } from '../tax/tax.ts';
import { discountedUnitPrice, type OrderLine } from './order-line.ts';

export interface LineTotals {
  readonly line: OrderLine;
  readonly subtotal_excluded: Decimal;
  readonly subtotal_included: Decimal;
  /** Per tax; with global rounding the amounts keep 5 more digits than the currency. */
  readonly taxes: readonly LineTax[];
}

export interface TaxTotal {
  readonly tax: Tax;
  readonly base: Decimal;
  readonly amount: Decimal;
}

export interface OrderTotals {
  readonly lines: readonly LineTotals[];
  readonly total_excluded: Decimal;
  readonly total_tax: Decimal;
  readonly total_included: Decimal;
  /** One entry per tax, in the order taxes first appear on the lines. */
  readonly taxes: readonly TaxTotal[];
}

/**
 * The totals of an order. Each line's taxes come from `computeTaxes`. The order's tax per tax is the
 * sum of the lines' amounts: already rounded per line with `per_line`; summed unrounded and rounded
 * once with `global` — so three lines of 0.15 at 10 % give 0.06 of tax per line but 0.05 globally.
 * Total included = total excluded + total tax, always.
 */
export function computeOrderTotals(input: {
  lines: readonly OrderLine[];
  index: TaxIndex;
  currency: Currency;
  rounding: TaxRounding;
}): OrderTotals {
  const { currency } = input;
  const lines = input.lines.map((line): LineTotals => {
    const r = computeTaxes({
      taxes: line.taxes,
      index: input.index,
      priceUnit: discountedUnitPrice(line),
      quantity: line.qty,
      currency,
      rounding: input.rounding,
    });
    return { line, subtotal_excluded: r.total_excluded, subtotal_included: r.total_included, taxes: r.taxes };
  });

  const byTax = new Map<string, { tax: Tax; base: Decimal; amount: Decimal }>();
  for (const l of lines) {
    for (const t of l.taxes) {
      const acc = byTax.get(t.tax.id) ?? { tax: t.tax, base: ZERO, amount: ZERO };
      byTax.set(t.tax.id, { tax: t.tax, base: acc.base.plus(t.base), amount: acc.amount.plus(t.amount) });
    }
  }
  const taxes = [...byTax.values()].map((t) => ({
    tax: t.tax,
    base: roundToCurrency(t.base, currency),
    amount: roundToCurrency(t.amount, currency),
  }));
  const totalExcluded = roundToCurrency(sum(lines.map((l) => l.subtotal_excluded)), currency);
  const totalTax = sum(taxes.map((t) => t.amount));
  return {
    lines,
    total_excluded: totalExcluded,
    total_tax: totalTax,
    total_included: totalExcluded.plus(totalTax),
    taxes,
  };
}
