import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../money/decimal.ts';
import { isEncodedAs, withCheckDigit, type CheckedEncoding } from './encoding.ts';
import type { Nomenclature } from './nomenclature.ts';
import { parseBarcode } from './parse-barcode.ts';

/** A valid code from its body (test figures are built, not typed, so their check digits are right). */
const code = (body: string, encoding: CheckedEncoding = 'ean13'): string => {
  const made = withCheckDigit(body, encoding);
  if (!made.ok) throw new Error(`bad test body ${body}`);
  return made.value;
};
const parsed = (text: string, nomenclature?: Nomenclature) => {
  const result = parseBarcode(text, nomenclature);
  if (!result.ok) throw new Error(`refused ${text}: ${result.error.type}`);
  return result.value;
};

describe('parseBarcode with the default nomenclature', () => {
  it.each([
    ['21 + item 12345 + 01234 is 1.234 kg', code('211234501234'), 'weight', '1.234', code('211234500000')],
    [
      '23 + item 12345 + 00450 is a price of 4.50',
      code('231234500450'),
      'price',
      '4.5',
      code('231234500000'),
    ],
    ['22 + NN is a discount of NN %', '2215', 'discount', '15', '2200'],
    ['042… is a customer card', '0421234', 'client', null, '0421234'],
    ['041… is a cashier badge', '0419876', 'cashier', null, '0419876'],
    ['043… is a coupon', '0431234', 'coupon', null, '0431234'],
    ['044… is a gift card (coupon)', '0449876', 'coupon', null, '0449876'],
    ['414… is a location', '414001', 'location', null, '414001'],
    ['PACK… is a package', 'PACK0001', 'package', null, 'PACK0001'],
    ['10… is a lot', '10LOT-A', 'lot', null, '10LOT-A'],
    ['a plain EAN-13 is a product', '4006381333931', 'product', null, '4006381333931'],
    ['a UPC-A is a product, kept as scanned', '036000291452', 'product', null, '036000291452'],
    ['an EAN-8 is a product', '96385074', 'product', null, '96385074'],
    ['any other text is a product', 'Bananas', 'product', null, 'Bananas'],
    ['a 21… code that is no EAN-13 is not a scale label', '211234', 'product', null, '211234'],
  ] as const)('%s', (_rule, text, type, value, base_code) => {
    const p = parsed(text);
    expect({ type: p.type, value: p.value?.toString() ?? null, base_code: p.base_code }).toEqual({
      type,
      value,
      base_code,
    });
  });

  it('names the rule and its encoding: 2112345012346 is a weight label, encoded ean13', () => {
    expect(parsed('2112345012346')).toEqual({
      type: 'weight',
      code: '2112345012346',
      base_code: '2112345000008',
      value: dec('1.234'),
      encoding: 'ean13',
      rule: 'Weight Barcodes 3 Decimals',
    });
  });
});

describe('parseBarcode refusals', () => {
  it('refuses a misread scan before trying any rule', () => {
    expect(parseBarcode('2112345012340')).toEqual({
      ok: false,
      error: { type: 'invalid_check_digit', code: '2112345012340', encoding: 'ean13', expected: 6, got: 0 },
    });
  });

  it.each([
    ['7 digits', '1234567'],
    ['14 digits', '12345678901234'],
    ['13 characters with a letter', '400638133393X'],
  ])('does not check digits of a code of %s (no EAN shape)', (_rule, text) => {
    expect(parsed(text).type).toBe('product');
  });

  it('refuses a code no rule matches, naming the nomenclature', () => {
    const only: Nomenclature = {
      name: 'Cards only',
      upc_ean_conv: 'always',
      rules: [{ name: 'c', sequence: 1, type: 'client', encoding: 'any', pattern: '042' }],
    };
    expect(parseBarcode('PACK1', only)).toEqual({
      ok: false,
      error: { type: 'no_rule_matched', code: 'PACK1', nomenclature: 'Cards only' },
    });
  });

  it('refuses to parse with a nomenclature whose pattern is broken', () => {
    const broken: Nomenclature = {
      name: 'b',
      upc_ean_conv: 'always',
      rules: [{ name: 'r', sequence: 1, type: 'product', encoding: 'any', pattern: '(' }],
    };
    expect(parseBarcode('123', broken)).toEqual({
      ok: false,
      error: { type: 'invalid_pattern', rule: 'r', pattern: '(', problem: 'bad_regex' },
    });
  });
});

describe('parseBarcode invariants', () => {
  // Any UTF-16 units: control characters, lone surrogates, everything (fast-check's 'binary' is slow to start).
  const anyUtf16 = fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 })
    .map((units) => String.fromCharCode(...units));
  const item = fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));
  const five = (n: number) => String(n).padStart(5, '0');

  it('a scale label built from a weight gives back that weight, and its product base code', () => {
    fc.assert(
      fc.property(item, fc.integer({ min: 0, max: 99_999 }), (product, grams) => {
        const p = parsed(code(`21${product}${five(grams)}`));
        expect(p.type).toBe('weight');
        expect(p.value?.equals(dec(grams).dividedBy(1000))).toBe(true);
        expect(p.base_code).toBe(code(`21${product}00000`));
      }),
    );
  });

  it('a price label built from an amount gives back that amount', () => {
    fc.assert(
      fc.property(item, fc.integer({ min: 0, max: 99_999 }), (product, cents) => {
        const p = parsed(code(`23${product}${five(cents)}`));
        expect([p.type, p.value?.equals(dec(cents).dividedBy(100))]).toEqual(['price', true]);
      }),
    );
  });

  it('the base code of an EAN-13, EAN-8 or UPC-A rule always has a valid check digit', () => {
    const custom: Nomenclature = {
      name: 'labels',
      upc_ean_conv: 'always',
      rules: [
        { name: 'w13', sequence: 1, type: 'weight', encoding: 'ean13', pattern: '2......{NNDDD}' },
        { name: 'w8', sequence: 2, type: 'weight', encoding: 'ean8', pattern: '2..{NNDD}' },
        { name: 'p12', sequence: 3, type: 'price', encoding: 'upca', pattern: '2.....{NNNDD}' },
      ],
    };
    const body = fc.constantFrom<CheckedEncoding>('ean13', 'ean8', 'upca').chain((encoding) =>
      fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 }).map((d) => ({
        encoding,
        body: `2${d.join('')}`.slice(0, { ean13: 12, ean8: 7, upca: 11 }[encoding]),
      })),
    );
    fc.assert(
      fc.property(body, ({ encoding, body }) => {
        const p = parsed(code(body, encoding), custom);
        expect(p.encoding).toBe(encoding);
        expect(isEncodedAs(p.base_code, encoding)).toBe(true);
      }),
    );
  });

  it('never throws, and with the default nomenclature refuses only empty, control or misread codes', () => {
    const text = fc.oneof(anyUtf16, fc.string(), fc.stringMatching(/^\d{8,13}$/));
    fc.assert(
      fc.property(text, (t) => {
        const result = parseBarcode(t);
        if (!result.ok)
          expect(['empty_code', 'invalid_characters', 'invalid_check_digit']).toContain(result.error.type);
        else if (result.value.encoding !== 'any')
          expect(isEncodedAs(result.value.base_code, result.value.encoding)).toBe(true);
      }),
    );
  });
});
