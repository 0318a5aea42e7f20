import { Decimal, toFixedString } from './decimal.ts';
import { roundHalfUp } from '../rounding/round-half-up.ts';
import type { RoundingMethod } from '../rounding/rounding-method.ts';
import { roundToStep } from '../rounding/round-to-step.ts';

/**
 * A currency as a till needs it: its ISO code and how many decimals it counts in
 * (EUR 2, JPY 0, KWD 3). Amounts are rounded to the currency only at named points:
 * a line's subtotal, a tax amount, an order total, a cash amount.
 */
export interface Currency {
  readonly code: string;
  readonly decimals: 0 | 1 | 2 | 3 | 4;
}

/** The smallest amount of the currency: 0.01 for EUR, 1 for JPY, 0.001 for KWD. */
export function currencyStep(currency: Currency): Decimal {
  return new Decimal(1).dividedBy(new Decimal(10).pow(currency.decimals));
}

/** Rounds an amount to the currency, half away from zero unless another method is named. */
export function roundToCurrency(
  amount: Decimal,
  currency: Currency,
  method: RoundingMethod = 'HALF-UP',
): Decimal {
  if (method === 'HALF-UP') return roundHalfUp(amount, currency.decimals);
  return roundToStep(amount, currencyStep(currency), method);
}

/** An amount as JSON shows it: a decimal string with the currency's decimals. */
export function formatAmount(amount: Decimal, currency: Currency): string {
  return toFixedString(roundToCurrency(amount, currency), currency.decimals);
}

/** True when two amounts are equal once rounded to the currency. */
export function sameAmount(a: Decimal, b: Decimal, currency: Currency): boolean {
  return roundToCurrency(a, currency).equals(roundToCurrency(b, currency));
}
