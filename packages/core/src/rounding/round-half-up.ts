import { Decimal } from '../money/decimal.ts';

/**
 * Half-up rounding to a number of decimal places: to the nearest, and a tie goes away from zero
 * (2.345 → 2.35, −2.345 → −2.35). This is the currency rounding of every till and invoice.
 */
export function roundHalfUp(value: Decimal, places: number): Decimal {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}
