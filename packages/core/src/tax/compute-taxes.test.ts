import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum } from '../money/decimal.ts';
import { computeTaxes } from './compute-taxes.ts';
import { EUR, JPY, makeTax } from './tax-fixtures.ts';
import { indexTaxes, type Tax, type TaxRounding } from './tax.ts';

function compute(
  taxes: Tax[],
  price: string,
  qty: string,
  rounding: TaxRounding = 'per_line',
  all: Tax[] = taxes,
) {
  const r = computeTaxes({
    taxes,
    index: indexTaxes(all),
    priceUnit: dec(price),
    quantity: dec(qty),
    currency: EUR,
    rounding,
  });
  return {
    excluded: r.total_excluded.toFixed(2),
    included: r.total_included.toFixed(2),
    taxes: r.taxes.map((t) => [t.tax.id, t.base.toFixed(2), t.amount.toFixed(2)]),
  };
}

const vat21 = makeTax('vat21', 'percent', 21);
const vat21inc = makeTax('vat21inc', 'percent', 21, { price_include: true });
const vat10inc = makeTax('vat10inc', 'percent', 10, { price_include: true, sequence: 1 });
const vat20inc = makeTax('vat20inc', 'percent', 20, { price_include: true, sequence: 2 });
const eco = makeTax('eco', 'fixed', '0.50', { include_base_amount: true, sequence: 0 });
const vat20 = makeTax('vat20', 'percent', 20, { sequence: 5 });

describe('computeTaxes: real figures, as Odoo computes them', () => {
  it('excluded 21 % on 3 × 10.00', () => {
    expect(compute([vat21], '10', '3')).toEqual({
      excluded: '30.00',
      included: '36.30',
      taxes: [['vat21', '30.00', '6.30']],
    });
  });

  it('included 21 % gives back the price: 12.10 → 10.00 + 2.10', () => {
    expect(compute([vat21inc], '12.10', '1')).toEqual({
      excluded: '10.00',
      included: '12.10',
      taxes: [['vat21inc', '10.00', '2.10']],
    });
  });

  it('two included percentages share one divisor, the last takes the remainder: 10.00 with 10 % + 20 %', () => {
    // 10 / 1.3 = 7.6923 → 7.69; 10 % of 7.69 = 0.769 → 0.77; 20 % takes 10 − 7.69 − 0.77 = 1.54
    expect(compute([vat10inc, vat20inc], '10', '1')).toEqual({
      excluded: '7.69',
      included: '10.00',
      taxes: [
        ['vat10inc', '7.69', '0.77'],
        ['vat20inc', '7.69', '1.54'],
      ],
    });
  });

  it('a fixed tax per unit raising the base of VAT: 2 × 10.00 with 0.50 eco-tax and 20 %', () => {
    expect(compute([vat20, eco], '10', '2')).toEqual({
      excluded: '20.00',
      included: '25.20',
      taxes: [
        ['eco', '20.00', '1.00'],
        ['vat20', '21.00', '4.20'],
      ],
    });
  });

  it('an include_base_amount chain of included taxes: 132 with 10 % (affects base) then 20 %', () => {
    const a = makeTax('a', 'percent', 10, { price_include: true, include_base_amount: true, sequence: 1 });
    const b = makeTax('b', 'percent', 20, { price_include: true, sequence: 2 });
    expect(compute([a, b], '132', '1')).toEqual({
      excluded: '100.00',
      included: '132.00',
      taxes: [
        ['a', '100.00', '10.00'],
        ['b', '110.00', '22.00'],
      ],
    });
  });

  it('a tax on a tax, excluded: 100 with 10 % (affects base) then 20 % → 20 % of 110', () => {
    const a = makeTax('a', 'percent', 10, { include_base_amount: true, sequence: 1 });
    const b = makeTax('b', 'percent', 20, { sequence: 2 });
    expect(compute([a, b], '100', '1').taxes).toEqual([
      ['a', '100.00', '10.00'],
      ['b', '110.00', '22.00'],
    ]);
  });

  it('a later tax that is not base-affected ignores the raised base', () => {
    const a = makeTax('a', 'percent', 10, { include_base_amount: true, sequence: 1 });
    const b = makeTax('b', 'percent', 20, { sequence: 2, is_base_affected: false });
    expect(compute([a, b], '100', '1').taxes).toEqual([
      ['a', '100.00', '10.00'],
      ['b', '100.00', '20.00'],
    ]);
  });

  it('division, excluded: 90 with 10 % → 90 / 0.9 − 90 = 10', () => {
    expect(compute([makeTax('d', 'division', 10)], '90', '1')).toMatchObject({
      excluded: '90.00',
      included: '100.00',
    });
  });

  it('division, included: 100 with 10 % → 90 + 10', () => {
    const d = makeTax('d', 'division', 10, { price_include: true });
    expect(compute([d], '100', '1')).toMatchObject({ excluded: '90.00', included: '100.00' });
  });

  it('a fixed included tax: 5.00 with 0.50 fixed included and 20 % included → 3.75 + 0.50 + 0.75', () => {
    const f = makeTax('f', 'fixed', '0.50', { price_include: true, include_base_amount: true, sequence: 1 });
    const v = makeTax('v', 'percent', 20, { price_include: true, sequence: 2 });
    // backwards: 20 % backed out of 5.00 → 4.1667; then 0.50 fixed → 3.6667 → 3.67
    expect(compute([f, v], '5', '1')).toEqual({
      excluded: '3.67',
      included: '5.00',
      taxes: [
        ['f', '3.67', '0.50'],
        ['v', '4.17', '0.83'],
      ],
    });
  });

  it('a group computes its children in their own sequence', () => {
    const c1 = makeTax('c1', 'percent', 5, { sequence: 2 });
    const c2 = makeTax('c2', 'percent', 10, { sequence: 1 });
    const g = makeTax('g', 'group', 0, { children: ['c1', 'c2'] });
    expect(compute([g], '100', '1', 'per_line', [g, c1, c2]).taxes).toEqual([
      ['c2', '100.00', '10.00'],
      ['c1', '100.00', '5.00'],
    ]);
  });

  it('a return (negative quantity) mirrors the sale, fixed taxes included', () => {
    expect(compute([vat20, eco], '10', '-2')).toEqual({
      excluded: '-20.00',
      included: '-25.20',
      taxes: [
        ['eco', '-20.00', '-1.00'],
        ['vat20', '-21.00', '-4.20'],
      ],
    });
  });

  it('global rounding keeps 5 more digits on the line: 0.15 at 10 % → 0.015', () => {
    const t10 = makeTax('t10', 'percent', 10);
    const line = computeTaxes({
      taxes: [t10],
      index: indexTaxes([t10]),
      priceUnit: dec('0.15'),
      quantity: dec(1),
      currency: EUR,
      rounding: 'global',
    });
    expect(line.taxes[0]?.amount.toString()).toBe('0.015');
    expect(compute([t10], '0.15', '1', 'per_line').taxes[0]?.[2]).toBe('0.02');
  });

  it('a currency without decimals rounds the base to units', () => {
    const r = computeTaxes({
      taxes: [vat21],
      index: indexTaxes([vat21]),
      priceUnit: dec('999.6'),
      quantity: dec(1),
      currency: JPY,
      rounding: 'per_line',
    });
    expect([r.total_excluded.toString(), r.total_included.toString()]).toEqual(['1000', '1210']);
  });
});

describe('computeTaxes: invariants', () => {
  const cents = fc.integer({ min: 1, max: 10_000_000 }).map((c) => dec(c).dividedBy(100));
  const rates = fc.array(
    fc.integer({ min: 0, max: 3000 }).map((r) => dec(r).dividedBy(100)),
    {
      minLength: 1,
      maxLength: 4,
    },
  );

  it('price-included percentages always give back exactly the entered price', () => {
    fc.assert(
      fc.property(cents, rates, fc.boolean(), (price, rs, chain) => {
        const taxes = rs.map((r, i) =>
          makeTax(`t${i}`, 'percent', r.toString(), {
            price_include: true,
            sequence: i,
            include_base_amount: chain,
          }),
        );
        const r = computeTaxes({
          taxes,
          index: indexTaxes(taxes),
          priceUnit: price,
          quantity: dec(1),
          currency: EUR,
          rounding: 'per_line',
        });
        expect(r.total_included.equals(price)).toBe(true);
        expect(r.total_excluded.plus(sum(r.taxes.map((t) => t.amount))).equals(price)).toBe(true);
      }),
    );
  });

  it('total included = total excluded + the taxes, and a return is the exact opposite of a sale', () => {
    fc.assert(
      fc.property(cents, rates, fc.integer({ min: 1, max: 50 }), fc.boolean(), (price, rs, qty, inc) => {
        const taxes = rs.map((r, i) =>
          makeTax(`t${i}`, 'percent', r.toString(), { price_include: inc, sequence: i }),
        );
        const run = (q: number) =>
          computeTaxes({
            taxes,
            index: indexTaxes(taxes),
            priceUnit: price,
            quantity: dec(q),
            currency: EUR,
            rounding: 'per_line',
          });
        const sale = run(qty);
        const ret = run(-qty);
        expect(
          sale.total_excluded.plus(sum(sale.taxes.map((t) => t.amount))).equals(sale.total_included),
        ).toBe(true);
        expect(ret.total_included.equals(sale.total_included.negated())).toBe(true);
        expect(ret.total_excluded.equals(sale.total_excluded.negated())).toBe(true);
      }),
    );
  });
});
