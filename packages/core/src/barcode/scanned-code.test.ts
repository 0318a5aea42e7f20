import { describe, expect, it } from 'vitest';
import { checkScannedCode } from './scanned-code.ts';

describe('checkScannedCode', () => {
  it.each([
    ['an empty code', '', { type: 'empty_code' }],
    ['a blank code', '   ', { type: 'empty_code' }],
    [
      'a scanner CR left in',
      '2112345012346\r',
      { type: 'invalid_characters', code: '2112345012346\r', position: 13, char_code: 13 },
    ],
    ['a tab', 'AB\tC', { type: 'invalid_characters', code: 'AB\tC', position: 2, char_code: 9 }],
    [
      'a C1 control',
      'A\u0085',
      { type: 'invalid_characters', code: 'A\u0085', position: 1, char_code: 0x85 },
    ],
    [
      'an EAN-13 misread',
      '4006381333932',
      { type: 'invalid_check_digit', code: '4006381333932', encoding: 'ean13', expected: 1, got: 2 },
    ],
    [
      'a scale label misread',
      '2112345012340',
      { type: 'invalid_check_digit', code: '2112345012340', encoding: 'ean13', expected: 6, got: 0 },
    ],
    [
      'a UPC-A misread',
      '036000291453',
      { type: 'invalid_check_digit', code: '036000291453', encoding: 'upca', expected: 2, got: 3 },
    ],
    [
      'an EAN-8 misread',
      '96385075',
      { type: 'invalid_check_digit', code: '96385075', encoding: 'ean8', expected: 4, got: 5 },
    ],
  ] as const)('refuses %s', (_rule, text, error) => {
    expect(checkScannedCode(text)).toEqual({ ok: false, error });
  });

  it.each([
    ['a valid EAN-13', '4006381333931'],
    ['7 digits (no EAN shape, nothing to check)', '1234567'],
    ['14 digits (no EAN shape)', '12345678901234'],
    ['13 characters with a letter', '400638133393X'],
    ['inner spaces (printable)', 'PACK 001'],
    ['non-ASCII letters (printable)', 'Café'],
  ])('lets through %s', (_rule, text) => {
    expect(checkScannedCode(text)).toEqual({ ok: true, value: text });
  });
});
