import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCheckDigit, hasValidCheckDigit, isDigits, replaceCheckDigit } from './check-digit.ts';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

describe('computeCheckDigit', () => {
  it.each([
    ['EAN-13 400638133393 → 1 (4006381333931)', '400638133393', 1],
    ['EAN-13 590123412345 → 7 (5901234123457)', '590123412345', 7],
    ['UPC-A 03600029145 → 2 (036000291452)', '03600029145', 2],
    ['EAN-8 9638507 → 4 (96385074)', '9638507', 4],
    ['a scale label 21 12345 01234 → 6', '211234501234', 6],
    ['a weighted sum that is a multiple of 10 gives 0, not 10', '000000000000', 0],
    ['a leading 0 changes nothing: the EAN-13 of a UPC-A has its check digit', '003600029145', 2],
  ] as const)('%s', (_rule, body, expected) => {
    expect(computeCheckDigit(body)).toBe(expected);
  });

  it.each([
    ['an empty body', ''],
    ['a letter', '40063813339A'],
    ['a sign', '-1'],
  ])('refuses %s as a bug in the caller (throws)', (_what, body) => {
    expect(() => computeCheckDigit(body)).toThrow(TypeError);
  });
});

describe('hasValidCheckDigit', () => {
  it.each([
    ['the right digit is valid', '4006381333931', true],
    ['a wrong last digit is not', '4006381333932', false],
    ['a swapped inner digit is not', '4006381333391', false],
    ['letters are never valid', '400638133393A', false],
    ['one digit alone has nothing to check', '0', false],
    ['an empty code is not valid', '', false],
    ['non-ASCII digits are not digits', '٤٠٠٦٣٨١٣٣٣٩٣١', false],
  ] as const)('%s', (_rule, code, expected) => {
    expect(hasValidCheckDigit(code)).toBe(expected);
  });

  it('isDigits accepts ASCII digits only', () => {
    expect([isDigits('0123'), isDigits(''), isDigits('12 3'), isDigits('１２')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('replaceCheckDigit repairs the last digit: 4006381333930 → 4006381333931', () => {
    expect(replaceCheckDigit('4006381333930')).toBe('4006381333931');
  });
});

describe('check digit invariants', () => {
  it('computing a check digit then validating always passes', () => {
    fc.assert(
      fc.property(digits(1, 17), (body) => {
        expect(hasValidCheckDigit(body + String(computeCheckDigit(body)))).toBe(true);
      }),
    );
  });

  it('any single-digit change is detected, the check digit included', () => {
    fc.assert(
      fc.property(digits(7, 12), fc.nat(), fc.integer({ min: 1, max: 9 }), (body, at, shift) => {
        const code = body + String(computeCheckDigit(body));
        const i = at % code.length;
        const changed = String((Number(code[i]) + shift) % 10);
        const misread = code.slice(0, i) + changed + code.slice(i + 1);
        expect(hasValidCheckDigit(misread)).toBe(false);
      }),
    );
  });

  it('replaceCheckDigit always gives a valid code', () => {
    fc.assert(
      fc.property(digits(2, 18), (code) => {
        expect(hasValidCheckDigit(replaceCheckDigit(code))).toBe(true);
      }),
    );
  });
});
