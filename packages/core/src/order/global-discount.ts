import type { Decimal } from '../money/decimal.ts';
import { HUNDRED, ONE, sum, ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { roundToCurrency } from '../money/currency.ts';
import type { OrderLine } from './order-line.ts';
import type { LineTotals } from './order-totals.ts';

/**
 * A global discount takes a percentage off the whole order. It is added as its own lines, one per
 * set of taxes found on the order, so that each discount line carries the taxes of what it
 * discounts and the tax totals stay right. The base of a set is its lines' total excluded, plus
 * their price-included taxes when the set has one (the discount line's price then includes them
 * too). A set whose base is not positive (a return) gets no discount line.
 */
export function globalDiscountLines(
  lines: readonly LineTotals[],
  percent: Decimal,
  currency: Currency,
): OrderLine[] {
  if (percent.lte(0)) return [];
  const groups = new Map<string, LineTotals[]>();
  for (const l of lines) {
    if (l.line.kind !== 'product') continue;
    const key = l.line.taxes
      .map((t) => t.id)
      .sort()
      .join(',');
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const out: OrderLine[] = [];
  for (const [key, group] of groups) {
    const taxes = group[0]?.line.taxes ?? [];
    const hasIncluded = taxes.some((t) => t.price_include);
    const base = sum(
      group.map((l) =>
        l.subtotal_excluded.plus(
          hasIncluded ? sum(l.taxes.filter((t) => t.tax.price_include).map((t) => t.amount)) : ZERO,
        ),
      ),
    );
    const price = roundToCurrency(base.times(percent).dividedBy(HUNDRED).negated(), currency);
    if (price.gte(0)) continue;
    out.push({
      key: `global_discount:${key}`,
      kind: 'global_discount',
      qty: ONE,
      price_unit: price,
      discount: ZERO,
      taxes,
    });
  }
  return out;
}
