import { describe, expect, it } from 'vitest';
import { DEFAULT_NOMENCLATURE } from './default-nomenclature.ts';
import { compileNomenclature, type BarcodeRule, type Nomenclature } from './nomenclature.ts';

const rule = (name: string, sequence: number, pattern = '.*'): BarcodeRule => ({
  name,
  sequence,
  type: 'product',
  encoding: 'any',
  pattern,
});

const named = (nomenclature: Nomenclature): string[] => {
  const compiled = compileNomenclature(nomenclature);
  if (!compiled.ok) throw new Error('nomenclature refused');
  return compiled.value.rules.map((r) => r.rule.name);
};

describe('compileNomenclature', () => {
  it('tries rules by ascending sequence', () => {
    const rules = [rule('c', 30), rule('a', 10), rule('b', 20)];
    expect(named({ name: 'n', upc_ean_conv: 'always', rules })).toEqual(['a', 'b', 'c']);
  });

  it('keeps list order between rules of the same sequence', () => {
    const rules = [rule('second', 5), rule('first', 1), rule('third', 5), rule('fourth', 5)];
    expect(named({ name: 'n', upc_ean_conv: 'always', rules })).toEqual([
      'first',
      'second',
      'third',
      'fourth',
    ]);
  });

  it('the default nomenclature tries price, discount, weight, …, and product last', () => {
    expect(named(DEFAULT_NOMENCLATURE)).toEqual([
      'Price Barcodes 2 Decimals',
      'Discount Barcodes',
      'Weight Barcodes 3 Decimals',
      'Customer Barcodes',
      'Cashier Barcodes',
      'Coupon & Gift Card Barcodes',
      'Location barcodes',
      'Package barcodes',
      'Lot barcodes',
      'Product Barcodes',
    ]);
  });

  it('refuses a broken pattern, naming the rule', () => {
    const rules = [rule('fine', 1), rule('Scale labels', 2, '21.....{NNDDD')];
    expect(compileNomenclature({ name: 'n', upc_ean_conv: 'always', rules })).toEqual({
      ok: false,
      error: {
        type: 'invalid_pattern',
        rule: 'Scale labels',
        pattern: '21.....{NNDDD',
        problem: 'brace_count',
      },
    });
  });
});
