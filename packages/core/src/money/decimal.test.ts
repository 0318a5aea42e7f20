import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, parseDecimal, sum, toFixedString } from './decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['12.50', '12.5'],
    ['12,50', '12.5'],
    [' 3 ', '3'],
    ['-0.05', '-0.05'],
    ['.5', '0.5'],
    [0.1, '0.1'],
    [21, '21'],
    ['1e-3', '0.001'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseDecimal(input)?.toString()).toBe(expected);
  });

  it.each([['abc'], [''], ['1.2.3'], ['12,5,0'], [NaN], [Infinity], [null], [undefined], [{}], [true]])(
    'refuses %j',
    (input) => {
      expect(parseDecimal(input)).toBeUndefined();
    },
  );
});

describe('decimal arithmetic', () => {
  it('0.1 + 0.2 is exactly 0.3, unlike floats', () => {
    expect(dec('0.1').plus(dec('0.2')).toString()).toBe('0.3');
  });

  it('sums exactly in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 })), (cents) => {
        const values = cents.map((c) => dec(c).dividedBy(100));
        const forward = sum(values);
        const backward = sum([...values].reverse());
        expect(forward.equals(backward)).toBe(true);
        expect(forward.times(100).toNumber()).toBe(cents.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('prints no negative zero', () => {
    expect(toFixedString(dec('-0.001'), 2)).toBe('0.00');
    expect(toFixedString(dec('-0.01'), 2)).toBe('-0.01');
  });
});
