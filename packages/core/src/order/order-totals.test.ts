import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum } from '../money/decimal.ts';
import { EUR, makeTax } from '../tax/tax-fixtures.ts';
import { indexTaxes } from '../tax/tax.ts';
import { productLine } from './order-fixtures.ts';
import { computeOrderTotals } from './order-totals.ts';

const t10 = makeTax('t10', 'percent', 10);
const vat21 = makeTax('vat21', 'percent', 21);
const vat6inc = makeTax('vat6inc', 'percent', 6, { price_include: true });
const index = indexTaxes([t10, vat21, vat6inc]);

describe('computeOrderTotals', () => {
  it('per-line and global rounding give different totals: 3 lines of 0.15 at 10 %', () => {
    const lines = [
      productLine('0.15', '1', [t10]),
      productLine('0.15', '1', [t10]),
      productLine('0.15', '1', [t10]),
    ];
    const perLine = computeOrderTotals({ lines, index, currency: EUR, rounding: 'per_line' });
    const global = computeOrderTotals({ lines, index, currency: EUR, rounding: 'global' });
    expect(
      [perLine.total_excluded, perLine.total_tax, perLine.total_included].map((d) => d.toFixed(2)),
    ).toEqual(['0.45', '0.06', '0.51']);
    expect([global.total_excluded, global.total_tax, global.total_included].map((d) => d.toFixed(2))).toEqual(
      ['0.45', '0.05', '0.50'],
    );
  });

  it('a line discount applies before taxes: 2 × 19.99 at 15 % off, 21 % VAT', () => {
    // 19.99 × 0.85 = 16.9915; × 2 = 33.983 → base 33.98; VAT 7.1358 → 7.14
    const r = computeOrderTotals({
      lines: [productLine('19.99', '2', [vat21], '15')],
      index,
      currency: EUR,
      rounding: 'per_line',
    });
    expect([r.total_excluded.toFixed(2), r.total_tax.toFixed(2), r.total_included.toFixed(2)]).toEqual([
      '33.98',
      '7.14',
      '41.12',
    ]);
  });

  it('mixed taxes are totalled per tax with their base', () => {
    const r = computeOrderTotals({
      lines: [
        productLine('10', '1', [vat21]),
        productLine('5.30', '2', [vat6inc]),
        productLine('1', '1', [vat21]),
      ],
      index,
      currency: EUR,
      rounding: 'per_line',
    });
    expect(r.taxes.map((t) => [t.tax.id, t.base.toFixed(2), t.amount.toFixed(2)])).toEqual([
      ['vat21', '11.00', '2.31'],
      ['vat6inc', '10.00', '0.60'],
    ]);
    expect(r.total_included.toFixed(2)).toBe('23.91');
  });

  it('a return line lowers the totals', () => {
    const r = computeOrderTotals({
      lines: [productLine('10', '2', [vat21]), productLine('10', '-1', [vat21])],
      index,
      currency: EUR,
      rounding: 'per_line',
    });
    expect(r.total_included.toFixed(2)).toBe('12.10');
  });

  it('totals always add up, whatever the lines and rounding', () => {
    const line = fc.record({
      price: fc.integer({ min: 0, max: 100_000 }),
      qty: fc.integer({ min: -20, max: 20 }),
      disc: fc.integer({ min: 0, max: 100 }),
      tax: fc.constantFrom([t10], [vat21], [vat6inc], [vat21, t10], []),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.constantFrom('per_line' as const, 'global' as const),
        (ls, rounding) => {
          const lines = ls.map((l) =>
            productLine(dec(l.price).dividedBy(100).toString(), String(l.qty), l.tax, String(l.disc)),
          );
          const r = computeOrderTotals({ lines, index, currency: EUR, rounding });
          expect(r.total_included.equals(r.total_excluded.plus(r.total_tax))).toBe(true);
          expect(r.total_excluded.equals(sum(r.lines.map((l) => l.subtotal_excluded)))).toBe(true);
          expect(r.total_tax.equals(sum(r.taxes.map((t) => t.amount)))).toBe(true);
          if (rounding === 'per_line') {
            expect(r.total_included.equals(sum(r.lines.map((l) => l.subtotal_included)))).toBe(true);
          }
        },
      ),
    );
  });
});
