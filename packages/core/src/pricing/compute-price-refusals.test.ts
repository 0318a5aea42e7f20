import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { computePrice, type PriceQuery } from './compute-price.ts';
import { onPricelist, query, withPl } from './pricing-fixtures.ts';
import type { Pricelist, PricelistRule } from './types.ts';

describe('computePrice: refusals', () => {
  const refusal = (rules: PricelistRule[], over: Partial<PriceQuery>, others: Pricelist[] = []) => {
    const r = computePrice(query({ pricelists: withPl(rules, others), ...over }));
    return r.ok ? r.value : r.error;
  };

  it.each<[string, PricelistRule[], Partial<PriceQuery>, Pricelist[], unknown]>([
    [
      'an unknown pricelist asked for',
      [],
      { pricelistId: 'vip' },
      [],
      { type: 'unknown_pricelist', pricelist: 'vip' },
    ],
    [
      'an unknown base pricelist, naming who refers to it',
      [onPricelist('gone')],
      {},
      [],
      { type: 'unknown_pricelist', pricelist: 'gone', referenced_by: 'pl' },
    ],
    [
      'a formula on another pricelist that does not say which',
      [onPricelist(null)],
      {},
      [],
      { type: 'missing_base_pricelist', pricelist: 'pl' },
    ],
    [
      'a pricelist based on itself',
      [onPricelist('pl')],
      {},
      [],
      { type: 'pricelist_cycle', chain: ['pl', 'pl'] },
    ],
    [
      'two pricelists based on each other, with the chain',
      [onPricelist('other')],
      {},
      [{ id: 'other', rules: [onPricelist('pl')] }],
      { type: 'pricelist_cycle', chain: ['pl', 'other', 'pl'] },
    ],
    [
      'a loop further down the chain',
      [onPricelist('a')],
      {},
      [
        { id: 'a', rules: [onPricelist('b')] },
        { id: 'b', rules: [onPricelist('a')] },
      ],
      { type: 'pricelist_cycle', chain: ['pl', 'a', 'b', 'a'] },
    ],
  ])('%s', (_name, rules, over, others, expected) => {
    expect(refusal(rules, over, others)).toEqual(expected);
  });

  it('a loop that no applicable rule reaches does not stop the sale', () => {
    const rules = [onPricelist('pl', { applied_on: 'category', category: 'bakery' })];
    expect(refusal(rules, {})).toEqual(dec('12.34'));
  });
});
