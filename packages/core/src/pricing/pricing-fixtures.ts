import { dec, ZERO } from '../money/decimal.ts';
import type { PriceQuery } from './compute-price.ts';
import type { Category, Pricelist, PricedProduct, PricelistRule } from './types.ts';

/** Test helpers: a rule with neutral defaults, a product, and a café's category tree. */
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

/** A fixed-price rule; the price doubles as a label telling which rule won. */
export const fixed = (price: string | number, over: Partial<PricelistRule> = {}): PricelistRule =>
  rule({ compute_price: 'fixed', fixed_price: dec(price), ...over });

/** Food › Drinks › Coffee, and Bakery beside Drinks. */
export const cafeCategories: Category[] = [
  { id: 'food', parent: null },
  { id: 'drinks', parent: 'food' },
  { id: 'coffee', parent: 'drinks' },
  { id: 'bakery', parent: 'food' },
];

/** An espresso: sold 12.34, costs 6, in Coffee. */
export const espresso = product('espresso', '12.34', '6', 'coffee');

export const formula = (over: Partial<PricelistRule>): PricelistRule =>
  rule({ compute_price: 'formula', ...over });

/** A formula based on pricelist `id` (null: the mistake of not saying which). */
export const onPricelist = (id: string | null, over: Partial<PricelistRule> = {}): PricelistRule =>
  formula({ base: 'pricelist', base_pricelist: id, ...over });

/** One espresso sold on 2026-11-22 in the pricelist `pl`, the café's categories. */
export const query = (over: Partial<PriceQuery> = {}): PriceQuery => ({
  product: espresso,
  quantity: dec(1),
  date: '2026-11-22',
  pricelistId: 'pl',
  pricelists: [],
  categories: cafeCategories,
  ...over,
});

/** The pricelists: `pl` made of `rules`, then `others`. */
export const withPl = (rules: readonly PricelistRule[], others: readonly Pricelist[] = []): Pricelist[] => [
  { id: 'pl', rules },
  ...others,
];
