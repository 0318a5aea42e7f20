import { Decimal } from '../money/decimal.ts';
import type { RoundingMethod } from './rounding-method.ts';

const MODE = {
  'HALF-UP': Decimal.ROUND_HALF_UP,
  UP: Decimal.ROUND_UP,
  DOWN: Decimal.ROUND_DOWN,
} as const;

/**
 * Rounds to a multiple of `step` (0.05 for cash rounding, 0.01 for cents, 10 for a price rounded
 * to tens). `UP` is away from zero, `DOWN` toward zero, `HALF-UP` nearest with ties away from zero.
 * A zero or negative step leaves the value as it is.
 */
export function roundToStep(value: Decimal, step: Decimal, method: RoundingMethod): Decimal {
  if (step.lte(0)) return value;
  return value.dividedBy(step).toDecimalPlaces(0, MODE[method]).times(step);
}
