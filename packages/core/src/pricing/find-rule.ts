import type { Decimal } from '../money/decimal.ts';
import { categoryAncestry } from './category-ancestry.ts';
import { withinDates } from './rule-dates.ts';
import type { Category, Pricelist, PricedProduct, PricelistRule } from './types.ts';

// Part of core's public API since pricing began (index.ts re-exports this file).
export { categoryAncestry } from './category-ancestry.ts';
export { withinDates } from './rule-dates.ts';

/** Any rule on all products ranks after the deepest category a tree can have. */
const ALL_PRODUCTS = Number.MAX_SAFE_INTEGER;

/**
 * How specific a rule is for the product, lower first: 0 for a rule on the product itself,
 * 1 + distance for a rule on its category (1) or an ancestor (2, 3…), then rules on all products;
 * undefined when the rule is not about this product.
 */
function specificity(rule: PricelistRule, product: PricedProduct, ancestry: readonly string[]) {
  switch (rule.applied_on) {
    case 'product':
      return rule.product === product.id ? 0 : undefined;
    case 'category': {
      const distance = rule.category ? ancestry.indexOf(rule.category) : -1;
      return distance < 0 ? undefined : 1 + distance;
    }
    case 'all':
      return ALL_PRODUCTS;
  }
}

interface Candidate {
  readonly rule: PricelistRule;
  readonly specificity: number;
}

/** Whether `a` is chosen before `b`: more specific, then lower sequence, then higher minimum quantity. */
function precedes(a: Candidate, b: Candidate): boolean {
  if (a.specificity !== b.specificity) return a.specificity < b.specificity;
  if (a.rule.sequence !== b.rule.sequence) return a.rule.sequence < b.rule.sequence;
  return a.rule.min_quantity.gt(b.rule.min_quantity);
}

/**
 * The rule that prices a product in a pricelist, or none. A rule applies when it is about the
 * product (the product itself, its category or an ancestor of it, or all products), the quantity
 * reaches its minimum quantity (the absolute quantity, so a return of 10 prices as a sale of 10),
 * and the date of sale lies within its dates. Of those, the most specific wins — the product, then
 * the nearest category, then all — then the lowest sequence, then the higher minimum quantity, then
 * the one listed first.
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
  let best: Candidate | undefined;
  for (const rule of pricelist.rules) {
    const rank = specificity(rule, product, ancestry);
    if (rank === undefined || qty.lt(rule.min_quantity) || !withinDates(rule, date)) continue;
    const candidate = { rule, specificity: rank };
    if (!best || precedes(candidate, best)) best = candidate;
  }
  return best?.rule;
}
