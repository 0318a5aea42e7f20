import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../money/decimal.ts';
import { computePrice } from './compute-price.ts';
import { product, rule } from './pricing-fixtures.ts';
import type { Category, Pricelist } from './types.ts';

const categories: Category[] = [
  { id: 'food', parent: null },
  { id: 'drinks', parent: 'food' },
  { id: 'coffee', parent: 'drinks' },
];
const espresso = product('espresso', '12.34', '6', 'coffee');

function price(
  rules: Pricelist['rules'],
  qty = '1',
  date: string | null = '2026-11-22',
  more: Pricelist[] = [],
) {
  const r = computePrice({
    product: espresso,
    quantity: dec(qty),
    date,
    pricelistId: 'pl',
    pricelists: [{ id: 'pl', rules }, ...more],
    categories,
  });
  return r.ok ? r.value.toString() : r.error.type;
}

describe('computePrice', () => {
  it.each([
    ['no rule: the sales price', [], '12.34'],
    ['fixed price', [rule({ compute_price: 'fixed', fixed_price: dec('9.99') })], '9.99'],
    [
      'percentage off the sales price: 25 % of 12.34',
      [rule({ compute_price: 'percentage', percent_price: dec(25) })],
      '9.255',
    ],
    [
      'formula: 10 % off 12.34 = 11.106, rounded to 0.05 → 11.10, surcharge −0.01 → 11.09',
      [
        rule({
          compute_price: 'formula',
          price_discount: dec(10),
          price_round: dec('0.05'),
          price_surcharge: dec('-0.01'),
        }),
      ],
      '11.09',
    ],
    [
      'formula on cost with a 50 % markup: 6 → 9',
      [rule({ compute_price: 'formula', base: 'standard_price', price_discount: dec(-50) })],
      '9',
    ],
    [
      'formula kept above base + min margin: 50 % off 12.34 → at least 12.34 − 1 = 11.34',
      [rule({ compute_price: 'formula', price_discount: dec(50), price_min_margin: dec(-1) })],
      '11.34',
    ],
    [
      'formula kept below base + max margin: cost 6 + 100 % → at most 6 + 4 = 10',
      [
        rule({
          compute_price: 'formula',
          base: 'standard_price',
          price_discount: dec(-100),
          price_max_margin: dec(4),
        }),
      ],
      '10',
    ],
    [
      'a category rule on a parent category applies to a sub-category product',
      [rule({ applied_on: 'category', category: 'food', compute_price: 'fixed', fixed_price: dec(5) })],
      '5',
    ],
    [
      'a product rule beats a category rule even with a higher sequence',
      [
        rule({
          applied_on: 'category',
          category: 'coffee',
          compute_price: 'fixed',
          fixed_price: dec(5),
          sequence: 1,
        }),
        rule({
          applied_on: 'product',
          product: 'espresso',
          compute_price: 'fixed',
          fixed_price: dec(7),
          sequence: 99,
        }),
      ],
      '7',
    ],
    [
      'the nearest category beats its parent',
      [
        rule({ applied_on: 'category', category: 'food', compute_price: 'fixed', fixed_price: dec(1) }),
        rule({
          applied_on: 'category',
          category: 'coffee',
          compute_price: 'fixed',
          fixed_price: dec(2),
          sequence: 50,
        }),
      ],
      '2',
    ],
    [
      'among equals, the lowest sequence wins',
      [
        rule({ compute_price: 'fixed', fixed_price: dec(3), sequence: 5 }),
        rule({ compute_price: 'fixed', fixed_price: dec(4), sequence: 2 }),
      ],
      '4',
    ],
    [
      'a rule for another category does not apply',
      [rule({ applied_on: 'category', category: 'nope', compute_price: 'fixed', fixed_price: dec(1) })],
      '12.34',
    ],
  ] as const)('%s', (_name, rules, expected) => {
    expect(price(rules)).toBe(expected);
  });

  it('a minimum quantity of 10 applies from 10 units, for returns too', () => {
    const rules = [rule({ compute_price: 'fixed', fixed_price: dec(10), min_quantity: dec(10) })];
    expect([price(rules, '9'), price(rules, '10'), price(rules, '-10')]).toEqual(['12.34', '10', '10']);
  });

  it('a rule out of its dates is skipped; the end date covers its whole day', () => {
    const rules = [
      rule({ compute_price: 'fixed', fixed_price: dec(1), date_start: '2026-11-01', date_end: '2026-11-22' }),
    ];
    expect(price(rules, '1', '2026-10-31')).toBe('12.34');
    expect(price(rules, '1', '2026-11-22T23:59:00+01:00')).toBe('1');
    expect(price(rules, '1', '2026-11-23')).toBe('12.34');
    expect(price(rules, '1', null)).toBe('12.34');
  });

  it('a pricelist based on another: 10 % off the other list’s 8.00 → 7.20', () => {
    const base: Pricelist = { id: 'base', rules: [rule({ compute_price: 'fixed', fixed_price: dec(8) })] };
    expect(
      price(
        [
          rule({
            compute_price: 'formula',
            base: 'pricelist',
            base_pricelist: 'base',
            price_discount: dec(10),
          }),
        ],
        '1',
        null,
        [base],
      ),
    ).toBe('7.2');
  });

  it('refuses a loop of pricelists, an unknown pricelist, and a formula without its base pricelist', () => {
    const loop: Pricelist = {
      id: 'other',
      rules: [rule({ compute_price: 'formula', base: 'pricelist', base_pricelist: 'pl' })],
    };
    expect(
      price([rule({ compute_price: 'formula', base: 'pricelist', base_pricelist: 'other' })], '1', null, [
        loop,
      ]),
    ).toBe('pricelist_cycle');
    expect(price([rule({ compute_price: 'formula', base: 'pricelist', base_pricelist: 'gone' })])).toBe(
      'unknown_pricelist',
    );
    expect(price([rule({ compute_price: 'formula', base: 'pricelist' })])).toBe('missing_base_pricelist');
  });
});

describe('computePrice: invariants', () => {
  const cents = fc.integer({ min: 0, max: 1_000_000 }).map((c) => dec(c).dividedBy(100));
  it('a formula price stays within [base + min margin, base + max margin]', () => {
    fc.assert(
      fc.property(
        cents,
        fc.integer({ min: -200, max: 100 }),
        fc.integer({ min: -500, max: 0 }),
        fc.integer({ min: 0, max: 500 }),
        (list, disc, min, max) => {
          const p = { ...espresso, list_price: list };
          const r = computePrice({
            product: p,
            quantity: dec(1),
            date: null,
            pricelistId: 'pl',
            pricelists: [
              {
                id: 'pl',
                rules: [
                  rule({
                    compute_price: 'formula',
                    price_discount: dec(disc),
                    price_min_margin: dec(min),
                    price_max_margin: dec(max),
                  }),
                ],
              },
            ],
            categories,
          });
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value.gte(list.plus(min))).toBe(true);
            expect(r.value.lte(list.plus(max))).toBe(true);
          }
        },
      ),
    );
  });

  it('the most specific rule wins whatever order the rules are listed in', () => {
    const rules = [
      rule({ compute_price: 'fixed', fixed_price: dec(1) }),
      rule({ applied_on: 'category', category: 'drinks', compute_price: 'fixed', fixed_price: dec(2) }),
      rule({ applied_on: 'product', product: 'espresso', compute_price: 'fixed', fixed_price: dec(3) }),
    ];
    fc.assert(
      fc.property(fc.shuffledSubarray(rules, { minLength: 3, maxLength: 3 }), (shuffled) => {
        expect(price(shuffled)).toBe('3');
      }),
    );
  });
});
