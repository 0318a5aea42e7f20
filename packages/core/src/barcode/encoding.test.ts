import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  detectEncoding,
  ENCODING_LENGTH,
  isEncodedAs,
  isValidEan13,
  isValidEan8,
  isValidUpcA,
  withCheckDigit,
  type CheckedEncoding,
} from './encoding.ts';

describe('isEncodedAs', () => {
  it.each([
    ['a valid EAN-13 is ean13', '4006381333931', 'ean13', true],
    ['an EAN-13 with a wrong check digit is not', '4006381333932', 'ean13', false],
    ['an EAN-13 starting with 0 is still an EAN-13', '0036000291452', 'ean13', true],
    ['a valid UPC-A is upca', '036000291452', 'upca', true],
    ['a UPC-A is not an EAN-13 (12 digits, not 13)', '036000291452', 'ean13', false],
    ['a valid EAN-8 is ean8', '96385074', 'ean8', true],
    ['an EAN-8 with a wrong check digit is not', '96385075', 'ean8', false],
    ['an EAN-8 is not a UPC-A', '96385074', 'upca', false],
    ['letters are never ean13', 'ABCDEFGHIJKLM', 'ean13', false],
    ['anything is any', 'PACK-001', 'any', true],
  ] as const)('%s', (_rule, code, encoding, expected) => {
    expect(isEncodedAs(code, encoding)).toBe(expected);
  });

  it('the simple validators agree with the figures', () => {
    expect([isValidEan13('4006381333931'), isValidEan8('96385074'), isValidUpcA('036000291452')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([isValidEan13('4006381333930'), isValidEan8('9638507'), isValidUpcA('036000291453')]).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe('detectEncoding', () => {
  it.each([
    ['13 digits with a valid check digit: ean13', '4006381333931', 'ean13'],
    ['12 digits with a valid check digit: upca', '036000291452', 'upca'],
    ['8 digits with a valid check digit: ean8', '96385074', 'ean8'],
    ['a wrong check digit: any', '4006381333932', 'any'],
    ['another length: any', '2215', 'any'],
    ['letters: any', 'PACK0001', 'any'],
  ] as const)('%s', (_rule, code, expected) => {
    expect(detectEncoding(code)).toBe(expected);
  });
});

describe('withCheckDigit', () => {
  it('completes a body: 400638133393 → 4006381333931', () => {
    expect(withCheckDigit('400638133393', 'ean13')).toEqual({ ok: true, value: '4006381333931' });
  });

  it('refuses a body that is not digits', () => {
    expect(withCheckDigit('40063813339X', 'ean13')).toEqual({
      ok: false,
      error: { type: 'not_digits', code: '40063813339X' },
    });
  });

  it('refuses a body of the wrong length, naming the length wanted', () => {
    expect(withCheckDigit('96385074', 'ean8')).toEqual({
      ok: false,
      error: { type: 'wrong_length', code: '96385074', encoding: 'ean8', expected: 7, got: 8 },
    });
  });

  it('a completed body is always detected as its encoding', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CheckedEncoding>('ean13', 'ean8', 'upca'),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }),
        (encoding, all) => {
          const body = all.slice(0, ENCODING_LENGTH[encoding] - 1).join('');
          const made = withCheckDigit(body, encoding);
          expect(made.ok && detectEncoding(made.value)).toBe(encoding);
        },
      ),
    );
  });
});
