import type { Decimal } from '../money/decimal.ts';
import type { Category, Pricelist, PricedProduct, PricelistRule } from './types.ts';

/** The category and its ancestors, nearest first (a loop in the tree is cut). */
export function categoryAncestry(category: string | null, categories: readonly Category[]): string[] {
  const parents = new Map(categories.map((c) => [c.id, c.parent]));
  const chain: string[] = [];
  for (let c = category; c !== null && c !== undefined && !chain.includes(c); c = parents.get(c) ?? null)
    chain.push(c);
  return chain;
}

/** Whether the date of sale (YYYY-MM-DD…) falls within the rule's dates; a date end covers its day. */
export function withinDates(rule: PricelistRule, date: string | null): boolean {
  if (!rule.date_start && !rule.date_end) return true;
  if (date === null) return false;
  const day = date.slice(0, 10);
  if (rule.date_start && (rule.date_start.length <= 10 ? day : date) < rule.date_start) return false;
  if (rule.date_end && (rule.date_end.length <= 10 ? day : date) > rule.date_end) return false;
  return true;
}

/**
 * The rule that prices a product in a pricelist, or none: among the rules that apply to the
 * product (by product, by its category or an ancestor, or to all), whose minimum quantity the
 * (absolute) quantity reaches and whose dates hold, the most specific wins — product, then the
 * nearest category, then all — then the lowest sequence, then the higher minimum quantity, then the
 * first listed.
 */
export function findApplicableRule(
  pricelist: Pricelist,
  product: PricedProduct,
  quantity: Decimal,
  date: string | null,
  categories: readonly Category[],
): PricelistRule | undefined {
  const ancestry = categoryAncestry(product.category, categories);
  const qty = quantity.abs();
  const rank = (r: PricelistRule): number | undefined => {
    if (r.applied_on === 'product') return r.product === product.id ? 0 : undefined;
    if (r.applied_on === 'category') {
      const depth = r.category ? ancestry.indexOf(r.category) : -1;
      return depth < 0 ? undefined : 1 + depth;
    }
    return 1_000_000;
  };
  let best: { rule: PricelistRule; rank: number; index: number } | undefined;
  pricelist.rules.forEach((rule, index) => {
    const r = rank(rule);
    if (r === undefined || qty.lt(rule.min_quantity) || !withinDates(rule, date)) return;
    const better =
      !best ||
      r < best.rank ||
      (r === best.rank &&
        (rule.sequence < best.rule.sequence ||
          (rule.sequence === best.rule.sequence && rule.min_quantity.gt(best.rule.min_quantity))));
    if (better) best = { rule, rank: r, index };
  });
  return best?.rule;
}
