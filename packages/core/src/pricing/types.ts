import type { Decimal } from '../money/decimal.ts';

/**
 * A pricelist is a set of rules that give a product's unit price for a customer, a quantity and a
 * date (Odoo's `product.pricelist` and its items). These are the shapes pricing reads.
 */

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

/** What a rule applies to: every product, a category (and its sub-categories), or one product. */
export type AppliedOn = 'all' | 'category' | 'product';

/** How a rule gives the price: a `fixed` price, a `percentage` off the sales price, or a `formula`. */
export type ComputePrice = 'fixed' | 'percentage' | 'formula';

/** What a formula starts from: the sales price, the cost, or the price in another pricelist. */
export type PriceBase = 'list_price' | 'standard_price' | 'pricelist';

/**
 * One rule of a pricelist: to what it applies (one product, a category and its sub-categories, or
 * all), from what quantity and between which dates, and how it computes the price:
 * `fixed` (a price), `percentage` (off the sales price) or `formula` (from a base: the sales price,
 * the cost or another pricelist; minus a discount, rounded, plus a surcharge, kept within margins).
 */
export interface PricelistRule {
  readonly applied_on: AppliedOn;
  readonly category?: string | null;
  readonly product?: string | null;
  /** The rule applies from this many units (of the absolute quantity: a return prices as a sale). */
  readonly min_quantity: Decimal;
  /** Inclusive; a date (YYYY-MM-DD) or a date-time. A date end covers its whole day. */
  readonly date_start?: string | null;
  readonly date_end?: string | null;
  /** Among rules equally specific, the lowest sequence wins. */
  readonly sequence: number;
  readonly compute_price: ComputePrice;
  readonly fixed_price: Decimal;
  /** Percent off the sales price, for `percentage`. */
  readonly percent_price: Decimal;
  readonly base: PriceBase;
  readonly base_pricelist?: string | null;
  /** Percent off the base, for `formula`; negative for a markup (−50 turns a cost of 6 into 9). */
  readonly price_discount: Decimal;
  readonly price_surcharge: Decimal;
  /** Round to a multiple of this (0.05, 1, 10); zero: no rounding. */
  readonly price_round: Decimal;
  /** The price is kept at least base + min margin and at most base + max margin; null: no bound. */
  readonly price_min_margin: Decimal | null;
  readonly price_max_margin: Decimal | null;
}

export interface Pricelist {
  readonly id: string;
  readonly name?: string;
  readonly rules: readonly PricelistRule[];
}

// Kept reachable from this file, where callers have always imported them from.
export { describePricingError, type PricingError } from './pricing-error.ts';
