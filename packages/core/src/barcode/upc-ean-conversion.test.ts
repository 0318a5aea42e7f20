import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidEan13, withCheckDigit } from './encoding.ts';
import type { Nomenclature } from './nomenclature.ts';
import { parseBarcode } from './parse-barcode.ts';
import { convertForRule, ean13ToUpca, upcaToEan13, type UpcEanConversion } from './upc-ean-conversion.ts';

describe('upcaToEan13 and ean13ToUpca', () => {
  it('a UPC-A becomes an EAN-13 with a leading 0: 036000291452 → 0036000291452', () => {
    expect(upcaToEan13('036000291452')).toBe('0036000291452');
  });

  it('an EAN-13 starting with 0 becomes a UPC-A: 0036000291452 → 036000291452', () => {
    expect(ean13ToUpca('0036000291452')).toBe('036000291452');
  });

  it.each([
    ['a UPC-A with a wrong check digit is not converted', () => upcaToEan13('036000291453')],
    ['an EAN-13 not starting with 0 has no UPC-A', () => ean13ToUpca('4006381333931')],
    ['an invalid EAN-13 is not converted', () => ean13ToUpca('0036000291453')],
  ])('%s', (_rule, convert) => {
    expect(convert()).toBeUndefined();
  });
});

describe('convertForRule', () => {
  const UPC = '036000291452';
  const EAN = '0036000291452';
  it.each([
    ['always: a UPC-A tried on an ean13 rule gets a 0', UPC, 'ean13', 'always', EAN],
    ['always: an EAN-13 with a 0 tried on a upca rule loses it', EAN, 'upca', 'always', UPC],
    ['upc2ean: UPC-A → EAN-13', UPC, 'ean13', 'upc2ean', EAN],
    ['upc2ean: not EAN-13 → UPC-A', EAN, 'upca', 'upc2ean', EAN],
    ['ean2upc: EAN-13 → UPC-A', EAN, 'upca', 'ean2upc', UPC],
    ['ean2upc: not UPC-A → EAN-13', UPC, 'ean13', 'ean2upc', UPC],
    ['never: no conversion to EAN-13', UPC, 'ean13', 'never', UPC],
    ['never: no conversion to UPC-A', EAN, 'upca', 'never', EAN],
    ['an any rule sees the code as scanned', UPC, 'any', 'always', UPC],
    [
      'an EAN-13 not starting with 0 stays itself on a upca rule',
      '4006381333931',
      'upca',
      'always',
      '4006381333931',
    ],
  ] as const)('%s', (_rule, code, encoding, conversion, expected) => {
    expect(convertForRule(code, encoding, conversion)).toBe(expected);
  });

  it('converting a valid UPC-A gives a valid EAN-13, and back gives the UPC-A', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }),
        fc.constantFrom<UpcEanConversion>('always', 'upc2ean'),
        (body, conversion) => {
          const upc = withCheckDigit(body.join(''), 'upca');
          if (!upc.ok) throw new Error('bad test body');
          const ean = convertForRule(upc.value, 'ean13', conversion);
          expect(isValidEan13(ean)).toBe(true);
          expect(ean13ToUpca(ean)).toBe(upc.value);
        },
      ),
    );
  });
});

describe('the conversion mode when parsing', () => {
  const UPC = '036000291452';
  const EAN = '0036000291452';
  const first = (encoding: 'ean13' | 'upca', upc_ean_conv: UpcEanConversion): Nomenclature => ({
    name: 'n',
    upc_ean_conv,
    rules: [
      { name: `${encoding} only`, sequence: 1, type: 'product', encoding, pattern: '.*' },
      { name: 'anything else', sequence: 2, type: 'lot', encoding: 'any', pattern: '.*' },
    ],
  });
  const seen = (text: string, nomenclature: Nomenclature) => {
    const p = parseBarcode(text, nomenclature);
    return p.ok ? [p.value.rule, p.value.code] : p.error.type;
  };

  it.each([
    ['always: a UPC-A matches an ean13 rule, as its EAN-13', UPC, 'ean13', 'always', ['ean13 only', EAN]],
    ['upc2ean: a UPC-A matches an ean13 rule', UPC, 'ean13', 'upc2ean', ['ean13 only', EAN]],
    ['ean2upc: a UPC-A does not match an ean13 rule', UPC, 'ean13', 'ean2upc', ['anything else', UPC]],
    ['never: a UPC-A does not match an ean13 rule', UPC, 'ean13', 'never', ['anything else', UPC]],
    [
      'always: an EAN-13 with a 0 matches a upca rule, as its UPC-A',
      EAN,
      'upca',
      'always',
      ['upca only', UPC],
    ],
    ['ean2upc: an EAN-13 with a 0 matches a upca rule', EAN, 'upca', 'ean2upc', ['upca only', UPC]],
    ['upc2ean: an EAN-13 does not match a upca rule', EAN, 'upca', 'upc2ean', ['anything else', EAN]],
    ['never: an EAN-13 does not match a upca rule', EAN, 'upca', 'never', ['anything else', EAN]],
    [
      'an EAN-13 not starting with 0 never matches a upca rule',
      '4006381333931',
      'upca',
      'always',
      ['anything else', '4006381333931'],
    ],
  ] as const)('%s', (_rule, text, encoding, conversion, expected) => {
    expect(seen(text, first(encoding, conversion))).toEqual(expected);
  });

  it('a US price label (UPC-A 2 IIIII PPPPP C) scanned as EAN-13 matches its upca rule, base code rebuilt', () => {
    const us: Nomenclature = {
      name: 'US',
      upc_ean_conv: 'always',
      rules: [{ name: 'UPC price', sequence: 1, type: 'price', encoding: 'upca', pattern: '2.....{NNNDD}' }],
    };
    const label = withCheckDigit('21234501299', 'upca');
    if (!label.ok) throw new Error('bad test label');
    const p = parseBarcode(`0${label.value}`, us);
    expect(p.ok && [p.value.code, p.value.value?.toFixed(2), p.value.base_code]).toEqual([
      label.value,
      '12.99',
      '212345000007',
    ]);
  });
});
