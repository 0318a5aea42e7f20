import { HUNDRED, ONE, type Decimal } from '../money/decimal.ts';

/**
 * A price less a percentage of it: `price × (1 − percent / 100)`. 25 % off 12.34 is 9.255; a
 * negative percentage is a markup (−50 % on a cost of 6 is 9). A `percentage` rule takes
 * `percent_price` off the sales price; a `formula` takes `price_discount` off its base. Exact: no
 * rounding here.
 */
export function percentOff(price: Decimal, percent: Decimal): Decimal {
  return price.times(ONE.minus(percent.dividedBy(HUNDRED)));
}
