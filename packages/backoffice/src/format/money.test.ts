import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, trimZeros } from './money.ts';

describe('formatMoney', () => {
  it.each([
    ['1234.50', 'EUR', 'en-US', '€1,234.50'],
    ['0.10', 'USD', 'en-US', '$0.10'],
    ['-12.00', 'EUR', 'en-US', '-€12.00'],
    ['1234.5', 'EUR', 'de-DE', '1.234,5 €'],
    ['1000', 'JPY', 'en-US', '¥1,000'],
    ['1.234', 'KWD', 'en-US', 'KWD 1.234'],
  ])('%s %s in %s is %s', (amount, currency, locale, shown) => {
    // Intl puts a no-break space where it wants; compare with plain spaces.
    expect(formatMoney(amount, currency, locale).replace(/\s/g, ' ')).toBe(shown);
  });

  it('keeps every digit of a large amount (no float on the way)', () => {
    expect(formatMoney('12345678901234.57', 'EUR', 'en-US')).toBe('€12,345,678,901,234.57');
  });

  it('shows nothing for a missing amount and the text itself when it is no number', () => {
    expect(formatMoney(null, 'EUR', 'en-US')).toBe('');
    expect(formatMoney('n/a', 'EUR', 'en-US')).toBe('n/a');
  });

  it('writes an unknown currency code after the amount', () => {
    expect(formatMoney('5.00', 'not-a-code', 'en-US')).toBe('5.00 not-a-code');
  });
});

describe('formatDecimal and trimZeros', () => {
  it('groups digits and keeps the decimals sent', () => {
    expect(formatDecimal('1250.500', 'en-US')).toBe('1,250.500');
  });
  it.each([
    ['2.500', '2.5'],
    ['3.000', '3'],
    ['10', '10'],
    ['0.0100', '0.01'],
  ])('%s reads %s', (value, shown) => expect(trimZeros(value)).toBe(shown));
});
