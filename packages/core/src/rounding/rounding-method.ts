/**
 * How an amount is brought to a step: `HALF-UP` to the nearest, ties away from zero; `UP` away
 * from zero; `DOWN` toward zero. These are Odoo's names, used by cash rounding and currencies.
 */
export const ROUNDING_METHODS = ['HALF-UP', 'UP', 'DOWN'] as const;
export type RoundingMethod = (typeof ROUNDING_METHODS)[number];

export function isRoundingMethod(value: unknown): value is RoundingMethod {
  return typeof value === 'string' && (ROUNDING_METHODS as readonly string[]).includes(value);
}
