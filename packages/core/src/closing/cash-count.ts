import type { Decimal } from '../money/decimal.ts';
import { sum } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';

/**
 * The coin and bill calculator of the closing screen: the cashier counts each denomination, the
 * total is Σ value × count, and the breakdown (`3 x 20.00`) goes into the closing notes.
 */
export interface DenominationCount {
  readonly value: Decimal;
  readonly count: number;
}

export type CashCountError = {
  readonly type: 'invalid_count';
  readonly value: Decimal;
  readonly count: number;
};

export function countCash(
  counts: readonly DenominationCount[],
  decimals: number,
): Result<{ total: Decimal; notes: string }, CashCountError> {
  for (const c of counts) {
    if (!Number.isInteger(c.count) || c.count < 0)
      return err({ type: 'invalid_count', value: c.value, count: c.count });
  }
  const used = counts.filter((c) => c.count > 0);
  return ok({
    total: sum(used.map((c) => c.value.times(c.count))),
    notes: used.map((c) => `${c.count} x ${c.value.toFixed(decimals)}`).join('\n'),
  });
}

export function describeCashCountError(e: CashCountError): string {
  return `the count of ${e.value.toString()} must be a whole number of coins or bills, not ${e.count}`;
}
