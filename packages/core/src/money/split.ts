import { Decimal, sum, ZERO } from './decimal.ts';
import type { Currency } from './currency.ts';
import { currencyStep, roundToCurrency } from './currency.ts';

/**
 * Splits `total` into parts proportional to `weights`, rounded to the currency, so that the parts
 * add up to exactly `total` (the largest-remainder method: round every part down to the currency's
 * step, then hand the cents left over to the parts that lost the most in rounding).
 * Used to spread an order-level amount (a discount, a rounding) over lines without losing a cent.
 */
export function splitByWeights(total: Decimal, weights: readonly Decimal[], currency: Currency): Decimal[] {
  if (weights.length === 0) return [];
  const totalRounded = roundToCurrency(total, currency);
  const weightSum = sum(weights.map((w) => w.abs()));
  const step = currencyStep(currency);
  const sign = totalRounded.isNegative() ? -1 : 1;
  const magnitude = totalRounded.abs();
  const exact = weights.map((w) =>
    weightSum.isZero() ? magnitude.dividedBy(weights.length) : magnitude.times(w.abs()).dividedBy(weightSum),
  );
  const floors = exact.map((x) => x.dividedBy(step).floor().times(step));
  let left = magnitude.minus(sum(floors));
  const order = exact
    .map((x, i) => ({ i, remainder: x.minus(floors[i] ?? ZERO) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const parts = [...floors];
  for (const { i } of order) {
    if (left.lt(step)) break;
    parts[i] = (parts[i] ?? ZERO).plus(step);
    left = left.minus(step);
  }
  return parts.map((p) => (sign < 0 ? p.negated() : p));
}
