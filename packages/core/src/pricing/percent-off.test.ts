import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../money/decimal.ts';
import { percentOff } from './percent-off.ts';

describe('percentOff', () => {
  it.each([
    ['25 % off 12.34 keeps every digit', '12.34', '25', '9.255'],
    ['10 % off 12.34', '12.34', '10', '11.106'],
    ['0 % leaves the price', '12.34', '0', '12.34'],
    ['100 % off is free', '12.34', '100', '0'],
    ['a negative percentage is a markup: −50 % on a cost of 6 is 9', '6', '-50', '9'],
    ['a fractional percentage: 12.5 % off 8', '8', '12.5', '7'],
  ])('%s', (_name, price, percent, expected) => {
    expect(percentOff(dec(price), dec(percent)).toString()).toBe(expected);
  });

  const cents = fc.integer({ min: 0, max: 10_000_000 }).map((c) => dec(c).dividedBy(100));
  const percent = fc.integer({ min: 0, max: 10_000 }).map((p) => dec(p).dividedBy(100));

  it('p % off, for 0 ≤ p ≤ 100, is never more than the price nor below zero', () => {
    fc.assert(
      fc.property(cents, percent, (price, p) => {
        const off = percentOff(price, p);
        expect(off.lte(price) && off.gte(0)).toBe(true);
      }),
    );
  });

  it('what is taken off is exactly p % of the price', () => {
    fc.assert(
      fc.property(cents, percent, (price, p) => {
        expect(price.minus(percentOff(price, p)).equals(price.times(p).dividedBy(100))).toBe(true);
      }),
    );
  });
});
