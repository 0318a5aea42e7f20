import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { EUR, makeTax } from '../tax/tax-fixtures.ts';
import { indexTaxes } from '../tax/tax.ts';
import { globalDiscountLines } from './global-discount.ts';
import { productLine } from './order-fixtures.ts';
import { computeOrderTotals } from './order-totals.ts';

const vat21 = makeTax('vat21', 'percent', 21);
const vat6 = makeTax('vat6', 'percent', 6);
const vat20inc = makeTax('vat20inc', 'percent', 20, { price_include: true });
const index = indexTaxes([vat21, vat6, vat20inc]);

function withDiscount(lines: ReturnType<typeof productLine>[], pc: string) {
  const first = computeOrderTotals({ lines, index, currency: EUR, rounding: 'per_line' });
  const discounts = globalDiscountLines(first.lines, dec(pc), EUR);
  const all = computeOrderTotals({
    lines: [...lines, ...discounts],
    index,
    currency: EUR,
    rounding: 'per_line',
  });
  return { discounts, all };
}

describe('globalDiscountLines', () => {
  it('one line per tax set, so each tax keeps the right base: 10 % off 100 at 21 % and 50 at 6 %', () => {
    const { discounts, all } = withDiscount(
      [productLine('100', '1', [vat21]), productLine('50', '1', [vat6])],
      '10',
    );
    expect(discounts.map((d) => [d.taxes.map((t) => t.id).join(), d.price_unit.toFixed(2)])).toEqual([
      ['vat21', '-10.00'],
      ['vat6', '-5.00'],
    ]);
    expect(all.taxes.map((t) => [t.tax.id, t.base.toFixed(2), t.amount.toFixed(2)])).toEqual([
      ['vat21', '90.00', '18.90'],
      ['vat6', '45.00', '2.70'],
    ]);
    expect(all.total_included.toFixed(2)).toBe('156.60');
  });

  it('with a price-included tax the discount is taken on the price with tax: 10 % off 12.00 → −1.20', () => {
    const { discounts, all } = withDiscount([productLine('12', '1', [vat20inc])], '10');
    expect(discounts[0]?.price_unit.toFixed(2)).toBe('-1.20');
    expect(all.total_included.toFixed(2)).toBe('10.80');
  });

  it('lines without taxes get a discount line without taxes', () => {
    const { discounts } = withDiscount([productLine('20', '1', [])], '25');
    expect(discounts.map((d) => [d.taxes.length, d.price_unit.toFixed(2)])).toEqual([[0, '-5.00']]);
  });

  it('no discount for a zero percentage or a return', () => {
    expect(withDiscount([productLine('20', '1', [vat21])], '0').discounts).toEqual([]);
    expect(withDiscount([productLine('20', '-1', [vat21])], '10').discounts).toEqual([]);
  });
});
