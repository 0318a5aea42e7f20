import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { computePrice, type PriceQuery } from './compute-price.ts';
import { fixed, formula, onPricelist, query, rule, withPl } from './pricing-fixtures.ts';
import type { Pricelist, PricelistRule } from './types.ts';

/** The espresso's price in pricelist `pl` made of `rules` (plus `others`), or the error's type. */
function price(rules: readonly PricelistRule[], over: Partial<PriceQuery> = {}, others: Pricelist[] = []) {
  const r = computePrice(query({ pricelists: withPl(rules, others), ...over }));
  return r.ok ? r.value.toString() : r.error.type;
}

describe('computePrice', () => {
  it.each([
    ['no rule: the sales price', [], '12.34'],
    ['fixed price', [fixed('9.99')], '9.99'],
    [
      'percentage off the sales price, digits kept: 25 % of 12.34',
      [rule({ compute_price: 'percentage', percent_price: dec(25) })],
      '9.255',
    ],
    [
      'percentage ignores a formula base: still off the sales price',
      [rule({ compute_price: 'percentage', percent_price: dec(50), base: 'standard_price' })],
      '6.17',
    ],
    [
      'formula: 10 % off 12.34 = 11.106, rounded to 0.05 → 11.10, surcharge −0.01 → 11.09',
      [formula({ price_discount: dec(10), price_round: dec('0.05'), price_surcharge: dec('-0.01') })],
      '11.09',
    ],
    [
      'formula on cost with a 50 % markup (discount −50): 6 → 9',
      [formula({ base: 'standard_price', price_discount: dec(-50) })],
      '9',
    ],
    [
      'formula kept above base + min margin: 50 % off 12.34 → at least 12.34 − 1 = 11.34',
      [formula({ price_discount: dec(50), price_min_margin: dec(-1) })],
      '11.34',
    ],
    [
      'formula kept below base + max margin: cost 6 + 100 % → at most 6 + 4 = 10',
      [formula({ base: 'standard_price', price_discount: dec(-100), price_max_margin: dec(4) })],
      '10',
    ],
    [
      'a category rule on a parent category applies to a sub-category product',
      [fixed(5, { applied_on: 'category', category: 'food' })],
      '5',
    ],
    [
      'a product rule beats a category rule even with a higher sequence',
      [
        fixed(5, { applied_on: 'category', category: 'coffee', sequence: 1 }),
        fixed(7, { applied_on: 'product', product: 'espresso', sequence: 99 }),
      ],
      '7',
    ],
    [
      'a rule for another category does not apply',
      [fixed(1, { applied_on: 'category', category: 'bakery' })],
      '12.34',
    ],
  ] as const)('%s', (_name, rules, expected) => {
    expect(price(rules)).toBe(expected);
  });

  it('no pricelist: the sales price, whatever the pricelists say', () => {
    expect(price([fixed(1)], { pricelistId: null })).toBe('12.34');
  });

  it('a minimum quantity of 10 applies from 10 units, for returns too', () => {
    const rules = [fixed(10, { min_quantity: dec(10) })];
    const at = (qty: string) => price(rules, { quantity: dec(qty) });
    expect([at('9'), at('10'), at('-10')]).toEqual(['12.34', '10', '10']);
  });

  it('a rule out of its dates is skipped; the end date covers its whole day', () => {
    const rules = [fixed(1, { date_start: '2026-11-01', date_end: '2026-11-22' })];
    const on = (date: string | null) => price(rules, { date });
    expect([on('2026-10-31'), on('2026-11-22T23:59:00+01:00'), on('2026-11-23'), on(null)]).toEqual([
      '12.34',
      '1',
      '12.34',
      '12.34',
    ]);
  });

  it('a pricelist based on another: 10 % off the other list’s 8.00 → 7.20', () => {
    const base: Pricelist = { id: 'base', rules: [fixed(8)] };
    expect(price([onPricelist('base', { price_discount: dec(10) })], {}, [base])).toBe('7.2');
  });

  it('a pricelist based on another that has no rule for the product: from the sales price', () => {
    const base: Pricelist = { id: 'base', rules: [fixed(1, { applied_on: 'category', category: 'bakery' })] };
    expect(price([onPricelist('base', { price_discount: dec(10) })], {}, [base])).toBe('11.106');
  });

  it('three levels: 10 % off (20 % off 10) = 7.2; the quantity reaches the inner rules too', () => {
    const lists: Pricelist[] = [
      { id: 'mid', rules: [onPricelist('list', { price_discount: dec(20) })] },
      { id: 'list', rules: [fixed(10, { min_quantity: dec(5) })] },
    ];
    const rules = [onPricelist('mid', { price_discount: dec(10) })];
    expect([price(rules, { quantity: dec(5) }, lists), price(rules, { quantity: dec(4) }, lists)]).toEqual([
      '7.2',
      '8.8848',
    ]);
  });
});
