import { describe, expect, it } from 'vitest';
import { showMoney } from './money.ts';

const EUR = { code: 'EUR', decimals: 2 } as const;

describe('showMoney', () => {
  it('writes the symbol first and the currency decimals', () => {
    expect(showMoney('7.7', EUR)).toBe('€ 7.70');
    expect(showMoney('0', EUR)).toBe('€ 0.00');
  });

  it('writes a negative amount with a true minus after the symbol, never "€ -7.70"', () => {
    expect(showMoney('-7.7', EUR)).toBe('€ \u22127.70');
    expect(showMoney('-0.05', EUR)).not.toContain('-');
  });

  it('follows the currency decimals (JPY: none)', () => {
    expect(showMoney('-1200', { code: 'JPY', decimals: 0 })).toMatch(/^\S+ \u22121,?200$/);
  });
});
