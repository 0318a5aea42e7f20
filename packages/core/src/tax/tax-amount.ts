import { Decimal, HUNDRED, ONE, ZERO } from '../money/decimal.ts';
import type { Tax } from './tax.ts';

/**
 * The amount of one tax on a base, the tax being read as excluded from the base (included taxes
 * are first backed out of the price by `computeTaxes`, then computed forward from the base).
 * A fixed tax is its amount per unit of quantity, with the sign of the base (a return gives it back).
 */
export function taxAmountOnBase(tax: Tax, base: Decimal, quantity: Decimal): Decimal {
  switch (tax.amount_type) {
    case 'fixed': {
      const units = base.isZero() ? quantity : quantity.abs().times(base.isNegative() ? -1 : 1);
      return units.times(tax.amount);
    }
    case 'percent':
      return base.times(tax.amount).dividedBy(HUNDRED);
    case 'division': {
      const divisor = ONE.minus(tax.amount.dividedBy(HUNDRED));
      return divisor.isZero() ? ZERO : base.dividedBy(divisor).minus(base);
    }
    case 'group':
      return ZERO;
  }
}

/**
 * Backs the accumulated price-included taxes out of an amount: first the fixed amounts, then the
 * percentages together (they share one divisor: 10 % and 20 % included divide by 1.30), then the
 * division taxes. 145 with 15 fixed, 10 % + 20 % and 10 % division → (145 − 15) / 1.3 × 0.9 = 90.
 */
export function removeIncludedTaxes(
  amount: Decimal,
  included: { fixed: Decimal; percent: Decimal; division: Decimal },
): Decimal {
  return amount
    .minus(included.fixed)
    .dividedBy(ONE.plus(included.percent.dividedBy(HUNDRED)))
    .times(HUNDRED.minus(included.division))
    .dividedBy(HUNDRED);
}
