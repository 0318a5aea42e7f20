import { Decimal } from '../money/decimal.ts';
import { roundToStep } from '../rounding/round-to-step.ts';
import { percentOff } from './percent-off.ts';
import type { PricelistRule } from './types.ts';

/** The figures of a `formula` rule, apart from what its base is. */
export type FormulaTerms = Pick<
  PricelistRule,
  'price_discount' | 'price_round' | 'price_surcharge' | 'price_min_margin' | 'price_max_margin'
>;

/**
 * A formula rule's price from its base (the sales price, the cost, or another pricelist's price),
 * in Odoo's order:
 * 1. the base less `price_discount` % (negative: a markup);
 * 2. rounded half-up to a multiple of `price_round`, when it is above zero;
 * 3. plus `price_surcharge` (after rounding: 11.10 − 0.01 makes a .99-style price 11.09);
 * 4. kept at least base + `price_min_margin`, then at most base + `price_max_margin`, when set.
 *    Margins are from the base, as in Odoo. When min > max (a setup mistake) the max, applied last,
 *    wins.
 * Not rounded to the currency: a unit price may carry more digits.
 */
export function formulaPrice(base: Decimal, terms: FormulaTerms): Decimal {
  let price = percentOff(base, terms.price_discount);
  if (terms.price_round.gt(0)) price = roundToStep(price, terms.price_round, 'HALF-UP');
  price = price.plus(terms.price_surcharge);
  if (terms.price_min_margin !== null) price = Decimal.max(price, base.plus(terms.price_min_margin));
  if (terms.price_max_margin !== null) price = Decimal.min(price, base.plus(terms.price_max_margin));
  return price;
}
