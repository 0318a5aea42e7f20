import type { Decimal } from '../money/decimal.ts';
import { HUNDRED, ONE } from '../money/decimal.ts';
import type { Tax } from '../tax/tax.ts';

/**
 * A line of an order as the totals see it: a quantity (negative for a return), the unit price
 * charged, a discount in percent, and the taxes that apply (already mapped by the fiscal position).
 * `kind` tells a product line from the lines the order adds itself.
 */
export interface OrderLine {
  readonly key: string;
  readonly kind: 'product' | 'global_discount';
  readonly qty: Decimal;
  readonly price_unit: Decimal;
  readonly discount: Decimal;
  readonly taxes: readonly Tax[];
}

/** The unit price after the line discount, not rounded (the taxes round the line's base). */
export function discountedUnitPrice(line: Pick<OrderLine, 'price_unit' | 'discount'>): Decimal {
  return line.price_unit.times(ONE.minus(line.discount.dividedBy(HUNDRED)));
}
