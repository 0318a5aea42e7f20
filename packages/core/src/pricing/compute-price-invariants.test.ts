import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, type Decimal } from '../money/decimal.ts';
import { computePrice } from './compute-price.ts';
import { espresso, fixed, formula, query, rule, withPl } from './pricing-fixtures.ts';
import type { PricelistRule } from './types.ts';

describe('computePrice: invariants', () => {
  const cents = fc.integer({ min: 0, max: 1_000_000 }).map((c) => dec(c).dividedBy(100));
  const priced = (list: Decimal, rules: PricelistRule[], qty: Decimal = dec(1)) => {
    const r = computePrice(
      query({ product: { ...espresso, list_price: list }, quantity: qty, pricelists: withPl(rules) }),
    );
    if (!r.ok) throw new Error(r.error.type);
    return r.value;
  };

  it('a formula price stays within [base + min margin, base + max margin]', () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: -200, max: 100 }),
        fc.integer({ min: -500, max: 500 }),
        fc.nat(500),
        (list, disc, min, spread) => {
          const p = priced(list, [
            formula({
              price_discount: dec(disc),
              price_round: dec('0.05'),
              price_min_margin: dec(min),
              price_max_margin: dec(min + spread),
            }),
          ]);
          expect(p.gte(list.plus(min)) && p.lte(list.plus(min + spread))).toBe(true);
        },
      ),
    );
  });

  it('a percentage rule of p %, 0 ≤ p ≤ 100, never gives more than the sales price', () => {
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 10_000 }), (list, p) => {
        const percent = dec(p).dividedBy(100);
        expect(priced(list, [rule({ compute_price: 'percentage', percent_price: percent })]).lte(list)).toBe(
          true,
        );
      }),
    );
  });

  it('a return gets the same unit price as the sale of the same quantity', () => {
    const rules = [
      fixed(1, { min_quantity: dec(10) }),
      formula({ price_discount: dec(5), min_quantity: dec(3), sequence: 2 }),
    ];
    fc.assert(
      fc.property(cents, fc.integer({ min: 1, max: 50 }), (list, qty) => {
        expect(priced(list, rules, dec(-qty)).equals(priced(list, rules, dec(qty)))).toBe(true);
      }),
    );
  });
});
