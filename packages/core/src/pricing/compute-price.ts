import { Decimal, HUNDRED, ONE } from '../money/decimal.ts';
import { roundToStep } from '../rounding/round-to-step.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { findApplicableRule } from './find-rule.ts';
import type { Category, Pricelist, PricedProduct, PricingError } from './types.ts';

export interface PriceQuery {
  readonly product: PricedProduct;
  readonly quantity: Decimal;
  /** The date of sale, YYYY-MM-DD or a date-time; null skips the rules that have dates. */
  readonly date: string | null;
  /** Null: no pricelist, the sales price. */
  readonly pricelistId: string | null;
  readonly pricelists: readonly Pricelist[];
  readonly categories: readonly Category[];
}

/**
 * The unit price of a product in a pricelist. No applicable rule: the sales price. `fixed`: the
 * rule's price. `percentage`: the sales price less the percentage. `formula`: base × (1 − discount %),
 * rounded to a multiple of `price_round` (half-up) when set, plus the surcharge, then kept at least
 * base + min margin and at most base + max margin. The price is not rounded to the currency: unit
 * prices may carry more digits.
 */
export function computePrice(query: PriceQuery): Result<Decimal, PricingError> {
  return priceIn(query, query.pricelistId, []);
}

function priceIn(
  q: PriceQuery,
  pricelistId: string | null,
  chain: readonly string[],
): Result<Decimal, PricingError> {
  if (pricelistId === null) return ok(q.product.list_price);
  if (chain.includes(pricelistId)) return err({ type: 'pricelist_cycle', chain: [...chain, pricelistId] });
  const pricelist = q.pricelists.find((p) => p.id === pricelistId);
  if (!pricelist) return err({ type: 'unknown_pricelist', pricelist: pricelistId });
  const rule = findApplicableRule(pricelist, q.product, q.quantity, q.date, q.categories);
  if (!rule) return ok(q.product.list_price);

  switch (rule.compute_price) {
    case 'fixed':
      return ok(rule.fixed_price);
    case 'percentage':
      return ok(q.product.list_price.times(ONE.minus(rule.percent_price.dividedBy(HUNDRED))));
    case 'formula': {
      let base: Decimal;
      if (rule.base === 'pricelist') {
        if (!rule.base_pricelist) return err({ type: 'missing_base_pricelist', pricelist: pricelistId });
        const inner = priceIn(q, rule.base_pricelist, [...chain, pricelistId]);
        if (!inner.ok) return inner;
        base = inner.value;
      } else {
        base = rule.base === 'standard_price' ? q.product.standard_price : q.product.list_price;
      }
      let price = base.times(ONE.minus(rule.price_discount.dividedBy(HUNDRED)));
      if (rule.price_round.gt(0)) price = roundToStep(price, rule.price_round, 'HALF-UP');
      price = price.plus(rule.price_surcharge);
      if (rule.price_min_margin !== null) price = Decimal.max(price, base.plus(rule.price_min_margin));
      if (rule.price_max_margin !== null) price = Decimal.min(price, base.plus(rule.price_max_margin));
      return ok(price);
    }
  }
}
