import { describe, expect, it } from 'vitest';
import { formatDecimal, formatMoney, isZeroAmount, trimZeros, unitPrice } from './money.ts';

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

describe('isZeroAmount', () => {
  it.each([
    ['0', true],
    ['0.00', true],
    ['-0.000', true],
    ['0.01', false],
    ['10', false],
    ['-0.5', false],
  ])('%s is zero: %s', (value, zero) => expect(isZeroAmount(value)).toBe(zero));
});

describe('formatMoney with the currency decimals', () => {
  it.each([
    ['5.0000', 2, '€5.00'],
    ['-192.9', 2, '-€192.90'],
    ['0', 2, '€0.00'],
    ['12.345', 2, '€12.35'],
    ['1000.5', 0, '€1,001'],
  ])('%s with %i decimals is %s', (amount, decimals, shown) => {
    expect(formatMoney(amount, 'EUR', 'en-US', decimals)).toBe(shown);
  });
});

describe('unitPrice', () => {
  it.each([
    ['3.100000', 2, '3.10'],
    ['2.997000', 2, '2.997'],
    ['12', 2, '12.00'],
    ['5.000000', 0, '5'],
    ['1.741250', 2, '1.74125'],
  ])('%s with %i decimals reads %s', (value, decimals, shown) =>
    expect(unitPrice(value, decimals)).toBe(shown),
  );
});
