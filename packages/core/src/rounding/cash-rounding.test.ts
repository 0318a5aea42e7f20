import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, ZERO } from '../money/decimal.ts';
import { cashRoundingDifference, type CashRounding } from './cash-rounding.ts';
import type { RoundingMethod } from './rounding-method.ts';

const at = (method: RoundingMethod, cash_only = false): CashRounding => ({
  precision: dec('0.05'),
  method,
  strategy: 'add_line',
  cash_only,
});

describe('cashRoundingDifference', () => {
  it.each([
    ['HALF-UP 0.05: 12.42 → 12.40', 'HALF-UP', '12.42', '-0.02'],
    ['HALF-UP 0.05: 12.43 → 12.45', 'HALF-UP', '12.43', '0.02'],
    ['HALF-UP 0.05: 12.425 is a tie → 12.45', 'HALF-UP', '12.425', '0.025'],
    ['UP 0.05: 12.41 → 12.45', 'UP', '12.41', '0.04'],
    ['DOWN 0.05: 12.49 → 12.45', 'DOWN', '12.49', '-0.04'],
    ['already a multiple: nothing', 'HALF-UP', '12.40', '0'],
    ['a refund HALF-UP: −12.43 → −12.45', 'HALF-UP', '-12.43', '-0.02'],
    ['less than a step is not rounded: 0.02', 'HALF-UP', '0.02', '0'],
  ] as const)('%s', (_name, method, total, expected) => {
    const d = cashRoundingDifference({
      total: dec(total),
      rounding: at(method),
      paidOtherwise: ZERO,
      paysInCash: true,
    });
    expect(d.toString()).toBe(expected);
  });

  it('cash only: nothing when nothing is paid in cash', () => {
    const d = cashRoundingDifference({
      total: dec('12.42'),
      rounding: at('HALF-UP', true),
      paidOtherwise: dec('12.42'),
      paysInCash: false,
    });
    expect(d.isZero()).toBe(true);
  });

  it('cash only: only the part paid in cash is rounded (10.00 by card, 2.42 in cash → 2.40)', () => {
    const d = cashRoundingDifference({
      total: dec('12.42'),
      rounding: at('HALF-UP', true),
      paidOtherwise: dec('10'),
      paysInCash: true,
    });
    expect(d.toString()).toBe('-0.02');
  });

  it('the rounded amount is always a multiple of the precision, moved by less than one step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom<RoundingMethod>('HALF-UP', 'UP', 'DOWN'),
        (c, m) => {
          const total = dec(c).dividedBy(100);
          const d = cashRoundingDifference({ total, rounding: at(m), paidOtherwise: ZERO, paysInCash: true });
          const rounded = total.plus(d);
          if (total.abs().gte('0.05')) expect(rounded.modulo('0.05').isZero()).toBe(true);
          expect(d.abs().lt('0.05')).toBe(true);
          if (m === 'HALF-UP') expect(d.abs().lte('0.025')).toBe(true);
        },
      ),
    );
  });
});
