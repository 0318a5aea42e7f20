import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../money/decimal.ts';
import { findApplicableRule } from './find-rule.ts';
import { cafeCategories, espresso, fixed } from './pricing-fixtures.ts';
import type { PricelistRule } from './types.ts';

/** The label (fixed price) of the winning rule, or 'none'. */
function winner(rules: readonly PricelistRule[], qty = '1', date: string | null = '2026-11-22'): string {
  const found = findApplicableRule({ id: 'pl', rules }, espresso, dec(qty), date, cafeCategories);
  return found ? found.fixed_price.toString() : 'none';
}

const onProduct = (label: number, over: Partial<PricelistRule> = {}) =>
  fixed(label, { applied_on: 'product', product: 'espresso', ...over });
const onCategory = (label: number, category: string, over: Partial<PricelistRule> = {}) =>
  fixed(label, { applied_on: 'category', category, ...over });

describe('findApplicableRule: which rules apply', () => {
  it.each([
    ['no rules: none', [], 'none'],
    ['a rule on all products applies', [fixed(1)], '1'],
    ['a rule on the product applies', [onProduct(1)], '1'],
    ['a rule on another product does not', [fixed(1, { applied_on: 'product', product: 'latte' })], 'none'],
    ['a product rule without a product does not', [fixed(1, { applied_on: 'product' })], 'none'],
    ["a rule on the product's own category applies", [onCategory(1, 'coffee')], '1'],
    ['a rule on a parent category applies to a sub-category product', [onCategory(1, 'drinks')], '1'],
    ['a rule on the top category applies two levels down', [onCategory(1, 'food')], '1'],
    ['a rule on a sibling category does not', [onCategory(1, 'bakery')], 'none'],
    ['a category rule without a category does not', [fixed(1, { applied_on: 'category' })], 'none'],
  ] as const)('%s', (_name, rules, expected) => {
    expect(winner(rules)).toBe(expected);
  });

  it.each([
    ['9 units do not reach a minimum of 10', '9', 'none'],
    ['10 units reach a minimum of 10', '10', '1'],
    ['a return of 10 prices as a sale of 10', '-10', '1'],
    ['a fraction below the minimum does not: 9.999 kg', '9.999', 'none'],
  ])('minimum quantity: %s', (_name, qty, expected) => {
    expect(winner([fixed(1, { min_quantity: dec(10) })], qty)).toBe(expected);
  });

  it('a category rule on a product without a category does not apply', () => {
    const loose = { ...espresso, category: null };
    const found = findApplicableRule({ id: 'pl', rules: [onCategory(1, 'food')] }, loose, dec(1), null, []);
    expect(found).toBeUndefined();
  });

  it('a rule out of its dates is skipped for the next one', () => {
    const rules = [fixed(1, { date_start: '2026-12-01', sequence: 1 }), fixed(2, { sequence: 2 })];
    expect([winner(rules, '1', '2026-11-30'), winner(rules, '1', '2026-12-01')]).toEqual(['2', '1']);
  });
});

describe('findApplicableRule: which rule wins', () => {
  it.each([
    [
      'a product rule beats a category rule even with a higher sequence',
      [onCategory(1, 'coffee', { sequence: 1 }), onProduct(2, { sequence: 99 })],
      '2',
    ],
    [
      'a category rule beats a rule on all even with a higher sequence',
      [fixed(1, { sequence: 1 }), onCategory(2, 'food', { sequence: 99 })],
      '2',
    ],
    [
      'the nearest category beats its parent',
      [onCategory(1, 'food'), onCategory(2, 'coffee', { sequence: 50 })],
      '2',
    ],
    [
      'among equally specific rules, the lowest sequence wins',
      [fixed(3, { sequence: 5 }), fixed(4, { sequence: 2 })],
      '4',
    ],
    [
      'at equal sequence, the higher minimum quantity wins',
      [fixed(1, { min_quantity: dec(2) }), fixed(2, { min_quantity: dec(5) })],
      '2',
    ],
    [
      'the sequence counts before the minimum quantity',
      [fixed(1, { min_quantity: dec(5), sequence: 2 }), fixed(2, { sequence: 1 })],
      '2',
    ],
    ['when all else is equal, the rule listed first wins', [fixed(7), fixed(8)], '7'],
  ] as const)('%s', (_name, rules, expected) => {
    expect(winner(rules, '6')).toBe(expected);
  });

  // Rules on everything the espresso can match, or not; labelled by their place in the list.
  const target = fc.constantFrom<Partial<PricelistRule>>(
    { applied_on: 'product', product: 'espresso' },
    { applied_on: 'product', product: 'latte' },
    { applied_on: 'category', category: 'coffee' },
    { applied_on: 'category', category: 'drinks' },
    { applied_on: 'category', category: 'food' },
    { applied_on: 'category', category: 'bakery' },
    { applied_on: 'all' },
  );
  const ruleShape = fc.record({
    target,
    sequence: fc.integer({ min: 0, max: 4 }),
    min: fc.integer({ min: 0, max: 6 }),
  });
  const keyOf = (r: { target: Partial<PricelistRule>; sequence: number; min: number }) =>
    `${JSON.stringify(r.target)}|${r.sequence}|${r.min}`;
  const ruleList = fc
    .uniqueArray(ruleShape, { selector: keyOf, maxLength: 12 })
    .map((shapes) =>
      shapes.map((s, i) => fixed(i, { ...s.target, sequence: s.sequence, min_quantity: dec(s.min) })),
    );
  /** The oracle: how specific a rule is for the espresso (lower wins); undefined if not about it. */
  const specificity = (r: PricelistRule): number | undefined => {
    if (r.applied_on === 'all') return 9;
    if (r.applied_on === 'product') return r.product === 'espresso' ? 0 : undefined;
    const depth = ['coffee', 'drinks', 'food'].indexOf(r.category ?? '');
    return depth < 0 ? undefined : 1 + depth;
  };
  const listAndShuffle = ruleList.chain((rules) =>
    fc.tuple(
      fc.constant(rules),
      fc.shuffledSubarray(rules, { minLength: rules.length, maxLength: rules.length }),
    ),
  );
  const quantity = fc.integer({ min: -6, max: 6 }).map(String);

  it('the most specific rule wins whatever order the rules are listed in', () => {
    fc.assert(
      fc.property(listAndShuffle, quantity, ([rules, shuffled], qty) => {
        expect(winner(shuffled, qty)).toBe(winner(rules, qty));
      }),
    );
  });

  it('the winner is the least by (specificity, sequence, −minimum quantity) among the rules that apply', () => {
    fc.assert(
      fc.property(ruleList, quantity, (rules, qty) => {
        const order = (a: PricelistRule, b: PricelistRule) =>
          (specificity(a) ?? 0) - (specificity(b) ?? 0) ||
          a.sequence - b.sequence ||
          b.min_quantity.comparedTo(a.min_quantity);
        const applicable = rules.filter(
          (r) => specificity(r) !== undefined && r.min_quantity.lte(dec(qty).abs()),
        );
        const best = applicable.sort(order)[0];
        expect(winner(rules, qty)).toBe(best ? best.fixed_price.toString() : 'none');
      }),
    );
  });
});
