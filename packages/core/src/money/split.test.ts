import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum } from './decimal.ts';
import type { Currency } from './currency.ts';
import { splitByWeights } from './split.ts';

const EUR: Currency = { code: 'EUR', decimals: 2 };

describe('splitByWeights', () => {
  it('splits 10.00 in three without losing a cent', () => {
    const parts = splitByWeights(dec('10'), [dec(1), dec(1), dec(1)], EUR).map((p) => p.toFixed(2));
    expect(parts).toEqual(['3.34', '3.33', '3.33']);
  });

  it('keeps the sign of a negative total', () => {
    const parts = splitByWeights(dec('-1'), [dec(2), dec(1)], EUR).map((p) => p.toFixed(2));
    expect(parts).toEqual(['-0.67', '-0.33']);
  });

  it('parts always add up to the rounded total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }),
        (cents, weights) => {
          const total = dec(cents).dividedBy(100);
          const parts = splitByWeights(
            total,
            weights.map((w) => dec(w)),
            EUR,
          );
          expect(sum(parts).equals(total)).toBe(true);
          for (const p of parts) expect(p.decimalPlaces()).toBeLessThanOrEqual(2);
        },
      ),
    );
  });
});
