import type { Decimal } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { findApplicableRule } from './find-rule.ts';
import { formulaPrice } from './formula-price.ts';
import { percentOff } from './percent-off.ts';
import type { PricingError } from './pricing-error.ts';
import type { Category, Pricelist, PricedProduct, PricelistRule } from './types.ts';

export interface PriceQuery {
  readonly product: PricedProduct;
  /** Negative for a return: it gets the same unit price as the sale. */
  readonly quantity: Decimal;
  /** The date of sale, YYYY-MM-DD or a date-time; null skips the rules that have dates. */
  readonly date: string | null;
  /** Null: no pricelist, the sales price. */
  readonly pricelistId: string | null;
  readonly pricelists: readonly Pricelist[];
  readonly categories: readonly Category[];
}

/**
 * The unit price of a product in a pricelist, for a quantity on a date. No pricelist or no
 * applicable rule: the sales price (`list_price`). `fixed`: the rule's price. `percentage`: the
 * sales price less the percentage. `formula`: from its base (the sales price, the cost, or the
 * price of the same product, quantity and date in another pricelist), see `formulaPrice`.
 * Refused when a pricelist is unknown, when pricelists are based on each other in a loop, or when
 * a formula on another pricelist does not say which. Not rounded to the currency: only a rule's
 * `price_round` rounds.
 */
export function computePrice(query: PriceQuery): Result<Decimal, PricingError> {
  return priceIn(query, query.pricelistId, []);
}

/** The price in one pricelist; `chain` holds the pricelists whose formulas led here. */
function priceIn(
  q: PriceQuery,
  pricelistId: string | null,
  chain: readonly string[],
): Result<Decimal, PricingError> {
  if (pricelistId === null) return ok(q.product.list_price);
  if (chain.includes(pricelistId)) return err({ type: 'pricelist_cycle', chain: [...chain, pricelistId] });
  const pricelist = q.pricelists.find((p) => p.id === pricelistId);
  if (!pricelist) {
    const referrer = chain.at(-1);
    return err({
      type: 'unknown_pricelist',
      pricelist: pricelistId,
      ...(referrer === undefined ? {} : { referenced_by: referrer }),
    });
  }
  const rule = findApplicableRule(pricelist, q.product, q.quantity, q.date, q.categories);
  if (!rule) return ok(q.product.list_price);
  switch (rule.compute_price) {
    case 'fixed':
      return ok(rule.fixed_price);
    case 'percentage':
      return ok(percentOff(q.product.list_price, rule.percent_price));
    case 'formula': {
      const base = formulaBase(q, rule, pricelistId, [...chain, pricelistId]);
      return base.ok ? ok(formulaPrice(base.value, rule)) : base;
    }
  }
}

/** What a formula of pricelist `owner` starts from; `chain` ends with `owner`. */
function formulaBase(
  q: PriceQuery,
  rule: PricelistRule,
  owner: string,
  chain: readonly string[],
): Result<Decimal, PricingError> {
  switch (rule.base) {
    case 'list_price':
      return ok(q.product.list_price);
    case 'standard_price':
      return ok(q.product.standard_price);
    case 'pricelist':
      if (!rule.base_pricelist) return err({ type: 'missing_base_pricelist', pricelist: owner });
      return priceIn(q, rule.base_pricelist, chain);
  }
}
