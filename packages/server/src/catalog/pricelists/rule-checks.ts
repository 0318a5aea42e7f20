import type { RuleInput } from './schemas.ts';

export interface RuleProblem {
  readonly field: string;
  readonly message: string;
}

/** What a rule needs beyond its schema: its target, its base pricelist, dates in order. */
export function ruleProblem(
  rule: RuleInput,
  index: number,
  pricelistId: number | undefined,
): RuleProblem | undefined {
  const at = (field: string, message: string) => ({ field: `rules.${index}.${field}`, message });
  const appliedOn = rule.applied_on ?? 'all';
  if (appliedOn === 'category' && rule.category_id == null)
    return at('category_id', 'is required when the rule applies on a category');
  if (appliedOn === 'product' && rule.product_id == null)
    return at('product_id', 'is required when the rule applies on a product');
  if (rule.compute_price === 'formula' && rule.base === 'pricelist' && rule.base_pricelist_id == null)
    return at('base_pricelist_id', 'is required when the formula starts from another pricelist');
  if (pricelistId !== undefined && rule.base_pricelist_id === pricelistId)
    return at('base_pricelist_id', 'cannot be the pricelist itself');
  if (rule.date_start && rule.date_end && new Date(rule.date_end) < new Date(rule.date_start))
    return at('date_end', 'is before date_start');
  return undefined;
}

/**
 * Whether pricelist `id`, based on `bases`, would reach itself through the pricelists it is based
 * on (`basesOf`: each pricelist's base pricelists as stored).
 */
export function basedOnItself(id: number, bases: readonly number[], basesOf: Map<number, number[]>): boolean {
  const seen = new Set<number>();
  const todo = [...bases];
  while (todo.length) {
    const at = todo.pop()!;
    if (at === id) return true;
    if (seen.has(at)) continue;
    seen.add(at);
    todo.push(...(basesOf.get(at) ?? []));
  }
  return false;
}
