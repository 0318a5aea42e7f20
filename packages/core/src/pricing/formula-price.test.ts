import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, ZERO } from '../money/decimal.ts';
import { formulaPrice, type FormulaTerms } from './formula-price.ts';

const none: FormulaTerms = {
  price_discount: ZERO,
  price_round: ZERO,
  price_surcharge: ZERO,
  price_min_margin: null,
  price_max_margin: null,
};
const d = (v: string | number) => dec(v);

describe('formulaPrice', () => {
  it.each([
    ['nothing set: the base', '12.34', {}, '12.34'],
    ['10 % off 12.34 is 11.106, unrounded', '12.34', { price_discount: d(10) }, '11.106'],
    [
      '10 % off 12.34 = 11.106, rounded to 0.05 → 11.10, surcharge −0.01 → 11.09',
      '12.34',
      { price_discount: d(10), price_round: d('0.05'), price_surcharge: d('-0.01') },
      '11.09',
    ],
    ['rounding is half-up: 11.125 to 0.05 → 11.15', '11.125', { price_round: d('0.05') }, '11.15'],
    ['rounding to whole units: 9.5 → 10', '9.5', { price_round: d(1) }, '10'],
    [
      'the surcharge comes after rounding: 9.4 → 9, + 0.99',
      '9.4',
      { price_round: d(1), price_surcharge: d('0.99') },
      '9.99',
    ],
    ['a cost with −50 % (a markup): 6 → 9', '6', { price_discount: d(-50) }, '9'],
    [
      'min margin lifts: 50 % off 12.34 is 6.17, kept ≥ 12.34 − 1',
      '12.34',
      { price_discount: d(50), price_min_margin: d(-1) },
      '11.34',
    ],
    ['min margin of 2 on a cost of 6 sold at cost: 8', '6', { price_min_margin: d(2) }, '8'],
    [
      'max margin caps: cost 6 + 100 % is 12, kept ≤ 6 + 4',
      '6',
      { price_discount: d(-100), price_max_margin: d(4) },
      '10',
    ],
    [
      'max margin caps a discount too: 10 % off 20 is 18, kept ≤ 20 − 5',
      '20',
      { price_discount: d(10), price_max_margin: d(-5) },
      '15',
    ],
    [
      'a price inside both margins is left alone',
      '10',
      { price_discount: d(10), price_min_margin: d(-2), price_max_margin: d(2) },
      '9',
    ],
    [
      'min above max (a mistake): the max, applied last, wins',
      '10',
      { price_min_margin: d(3), price_max_margin: d(1) },
      '11',
    ],
  ])('%s', (_name, base, terms, expected) => {
    expect(formulaPrice(dec(base), { ...none, ...terms }).toString()).toBe(expected);
  });

  const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => dec(c).dividedBy(100));
  const step = fc.constantFrom('0', '0.01', '0.05', '0.1', '1', '10').map(dec);

  it('with min ≤ max, the price always lies within [base + min margin, base + max margin]', () => {
    fc.assert(
      fc.property(
        cents(-100_000, 10_000_000),
        cents(-20_000, 10_000),
        step,
        cents(-10_000, 10_000),
        cents(-100_000, 100_000),
        cents(0, 100_000),
        (base, discount, round, surcharge, min, spread) => {
          const max = min.plus(spread);
          const price = formulaPrice(base, {
            price_discount: discount,
            price_round: round,
            price_surcharge: surcharge,
            price_min_margin: min,
            price_max_margin: max,
          });
          expect(price.gte(base.plus(min)) && price.lte(base.plus(max))).toBe(true);
        },
      ),
    );
  });

  it('rounded to a step, then no surcharge: the price is a multiple of the step', () => {
    fc.assert(
      fc.property(cents(0, 10_000_000), cents(-10_000, 10_000), step, (base, discount, round) => {
        const price = formulaPrice(base, { ...none, price_discount: discount, price_round: round });
        if (round.gt(0)) expect(price.mod(round).isZero()).toBe(true);
      }),
    );
  });
});
