import { dec } from '../money/decimal.ts';
import type { Tax } from '../tax/tax.ts';
import type { OrderLine } from './order-line.ts';

let n = 0;
/** Test helper: a product line. */
export function productLine(price: string, qty: string, taxes: readonly Tax[], discount = '0'): OrderLine {
  n += 1;
  return {
    key: `l${n}`,
    kind: 'product',
    qty: dec(qty),
    price_unit: dec(price),
    discount: dec(discount),
    taxes,
  };
}
