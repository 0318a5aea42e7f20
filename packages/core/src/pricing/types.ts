import type { Decimal } from '../money/decimal.ts';

/** A product as pricing sees it: its sales price (`list_price`), its cost (`standard_price`), its category. */
export interface PricedProduct {
  readonly id: string;
  readonly list_price: Decimal;
  readonly standard_price: Decimal;
  readonly category: string | null;
}

/** A node of the category tree. A category rule applies to its sub-categories too. */
export interface Category {
  readonly id: string;
  readonly parent: string | null;
}

/**
 * One rule of a pricelist: to what it applies (one product, a category and its sub-categories, or
 * all), from what quantity and between which dates, and how it computes the price:
 * `fixed` (a price), `percentage` (off the sales price) or `formula` (from a base: the sales price,
 * the cost or another pricelist; minus a discount, rounded, plus a surcharge, kept within margins).
 */
export interface PricelistRule {
  readonly applied_on: 'all' | 'category' | 'product';
  readonly category?: string | null;
  readonly product?: string | null;
  readonly min_quantity: Decimal;
  /** Inclusive; a date (YYYY-MM-DD) or a date-time. A date end covers its whole day. */
  readonly date_start?: string | null;
  readonly date_end?: string | null;
  readonly sequence: number;
  readonly compute_price: 'fixed' | 'percentage' | 'formula';
  readonly fixed_price: Decimal;
  readonly percent_price: Decimal;
  readonly base: 'list_price' | 'standard_price' | 'pricelist';
  readonly base_pricelist?: string | null;
  readonly price_discount: Decimal;
  readonly price_surcharge: Decimal;
  readonly price_round: Decimal;
  readonly price_min_margin: Decimal | null;
  readonly price_max_margin: Decimal | null;
}

export interface Pricelist {
  readonly id: string;
  readonly name?: string;
  readonly rules: readonly PricelistRule[];
}

export type PricingError =
  | { readonly type: 'unknown_pricelist'; readonly pricelist: string }
  | { readonly type: 'pricelist_cycle'; readonly chain: readonly string[] }
  | { readonly type: 'missing_base_pricelist'; readonly pricelist: string };

export function describePricingError(e: PricingError): string {
  switch (e.type) {
    case 'unknown_pricelist':
      return `unknown pricelist "${e.pricelist}"`;
    case 'pricelist_cycle':
      return `pricelists are based on each other in a loop: ${e.chain.join(' → ')}`;
    case 'missing_base_pricelist':
      return `pricelist "${e.pricelist}" has a formula based on another pricelist but does not say which`;
  }
}
