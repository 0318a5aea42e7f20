import type { Decimal } from '../money/decimal.ts';
import { ZERO } from '../money/decimal.ts';
import type { RoundingMethod } from './rounding-method.ts';
import { roundToStep } from './round-to-step.ts';

/**
 * Cash rounding: where the smallest coins are gone (Switzerland 0.05, Sweden 1.00), the amount paid
 * in cash is rounded to a `precision`. The difference is shown as its own line (`add_line`) or folded
 * into the order's biggest tax amount (`biggest_tax`). With `cash_only`, only the part of the order
 * paid in cash is rounded, and only when some of it is paid in cash; otherwise the whole total is.
 */
export interface CashRounding {
  readonly precision: Decimal;
  readonly method: RoundingMethod;
  readonly strategy: 'add_line' | 'biggest_tax';
  readonly cash_only: boolean;
}

export const CASH_ROUNDING_STRATEGIES = ['add_line', 'biggest_tax'] as const;

/**
 * The rounding difference to add to the order total (may be negative). `paidOtherwise` is what
 * payments in other methods than cash already cover; `paysInCash` whether a cash payment is made.
 * An amount smaller than one step is not rounded (a 0.02 order is not rounded to zero).
 */
export function cashRoundingDifference(input: {
  total: Decimal;
  rounding: CashRounding;
  paidOtherwise: Decimal;
  paysInCash: boolean;
}): Decimal {
  const { rounding } = input;
  if (rounding.cash_only && !input.paysInCash) return ZERO;
  const amount = rounding.cash_only ? input.total.minus(input.paidOtherwise) : input.total;
  if (amount.abs().lt(rounding.precision)) return ZERO;
  return roundToStep(amount, rounding.precision, rounding.method).minus(amount);
}
