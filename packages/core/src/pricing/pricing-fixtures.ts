import { dec, ZERO } from '../money/decimal.ts';
import type { PricedProduct, PricelistRule } from './types.ts';

/** Test helpers: a rule with neutral defaults, and a product. */
export function rule(over: Partial<PricelistRule> & Pick<PricelistRule, 'compute_price'>): PricelistRule {
  return {
    applied_on: 'all',
    category: null,
    product: null,
    min_quantity: ZERO,
    date_start: null,
    date_end: null,
    sequence: 1,
    fixed_price: ZERO,
    percent_price: ZERO,
    base: 'list_price',
    base_pricelist: null,
    price_discount: ZERO,
    price_surcharge: ZERO,
    price_round: ZERO,
    price_min_margin: null,
    price_max_margin: null,
    ...over,
  };
}

export const product = (id: string, list: string, cost: string, category: string | null): PricedProduct => ({
  id,
  list_price: dec(list),
  standard_price: dec(cost),
  category,
});
