import { describe, expect, it } from 'vitest';
import { dec } from './decimal.ts';
import { formatAmount, roundToCurrency, type Currency } from './currency.ts';

const EUR: Currency = { code: 'EUR', decimals: 2 };
const JPY: Currency = { code: 'JPY', decimals: 0 };
const KWD: Currency = { code: 'KWD', decimals: 3 };

describe('roundToCurrency', () => {
  it.each([
    ['EUR half-up tie goes up', EUR, '2.345', 'HALF-UP', '2.35'],
    ['EUR half-up tie, negative, goes away from zero', EUR, '-2.345', 'HALF-UP', '-2.35'],
    ['EUR below half goes down', EUR, '2.3449', 'HALF-UP', '2.34'],
    ['JPY has no decimals', JPY, '1499.5', 'HALF-UP', '1500'],
    ['KWD has three decimals', KWD, '1.2345', 'HALF-UP', '1.235'],
    ['UP goes away from zero', EUR, '2.341', 'UP', '2.35'],
    ['UP on a negative amount', EUR, '-2.341', 'UP', '-2.35'],
    ['DOWN goes toward zero', EUR, '2.349', 'DOWN', '2.34'],
  ] as const)('%s', (_name, currency, value, method, expected) => {
    expect(roundToCurrency(dec(value), currency, method).toFixed(currency.decimals)).toBe(expected);
  });

  it('formats with the currency decimals', () => {
    expect(formatAmount(dec('3'), EUR)).toBe('3.00');
    expect(formatAmount(dec('3.456'), JPY)).toBe('3');
    expect(formatAmount(dec('3.4565'), KWD)).toBe('3.457');
  });
});
