import type { Category } from './types.ts';

/**
 * A product's category and the categories above it, nearest first: for an espresso in
 * Food / Drinks / Coffee, `['coffee', 'drinks', 'food']`. A rule on a category applies to every
 * product below it, and the nearer category is the more specific. A loop in the tree (a category
 * that is its own ancestor: bad data) is cut where it closes; an unknown parent ends the walk.
 */
export function categoryAncestry(category: string | null, categories: readonly Category[]): string[] {
  const parents = new Map(categories.map((c) => [c.id, c.parent]));
  const seen = new Set<string>();
  const chain: string[] = [];
  for (let c = category; c !== null && !seen.has(c); c = parents.get(c) ?? null) {
    seen.add(c);
    chain.push(c);
  }
  return chain;
}
