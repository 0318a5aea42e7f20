import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseComputeInput } from './parse-compute-input.ts';
import { runCompute } from './run-compute.ts';

const base = {
  currency: { code: 'EUR', decimals: 2 },
  taxes: [
    { id: 'vat21', amount_type: 'percent', amount: 21 },
    { id: 'g', amount_type: 'group', children: ['vat21'] },
  ],
  products: [{ id: 'p1', list_price: '10', taxes: ['vat21'] }],
  lines: [{ product: 'p1', qty: 1 }],
};

const errorOf = (json: unknown) => {
  const r = parseComputeInput(json);
  return r.ok ? null : r.error.message;
};

describe('parseComputeInput', () => {
  it.each([
    [
      'a group containing itself',
      { ...base, taxes: [{ id: 'g', amount_type: 'group', children: ['g'] }] },
      'taxes: group "g" contains itself',
    ],
    [
      'a tax listed twice',
      { ...base, taxes: [base.taxes[0], base.taxes[0]] },
      'taxes[1].id: "vat21" is listed twice',
    ],
    [
      'an unknown amount type',
      { ...base, taxes: [{ id: 'x', amount_type: 'percentage', amount: 1 }] },
      'taxes[0].amount_type: expected one of',
    ],
    [
      'currency decimals out of range',
      { ...base, currency: { code: 'EUR', decimals: 7 } },
      'currency.decimals: expected a whole number from 0 to 4',
    ],
    [
      'a discount over 100 %',
      { ...base, lines: [{ product: 'p1', qty: 1, discount: 120 }] },
      'lines[0].discount: must be at most 100',
    ],
    [
      'a line with neither product nor price',
      { ...base, lines: [{ qty: 1 }] },
      'lines[0].price_unit: is missing',
    ],
    ['an unknown pricelist', { ...base, pricelist: 'pl9' }, 'pricelist: unknown pricelist "pl9"'],
    ['a bad date', { ...base, date: '22/11/2026' }, 'date: expected a date as YYYY-MM-DD'],
    [
      'an unknown cash rounding method',
      { ...base, cash_rounding: { precision: 0.05, method: 'NEAREST' } },
      'cash_rounding.method: expected one of',
    ],
    [
      'a fiscal position to an unknown tax',
      { ...base, fiscal_position: { map: [{ from: 'vat21', to: ['vat0'] }] } },
      'fiscal_position.map[0].to[0]: unknown tax id "vat0"',
    ],
    [
      'a product rule without a product',
      { ...base, pricelists: [{ id: 'pl', rules: [{ applied_on: 'product', compute_price: 'fixed' }] }] },
      'pricelists[0].rules[0].product: is missing for a product rule',
    ],
  ])('refuses %s', (_name, json, message) => {
    expect(errorOf(json)).toContain(message);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const r = parseComputeInput(json);
        if (r.ok) runCompute(r.value);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on orders with arbitrary numbers in every numeric field', () => {
    const num = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.constantFrom('1e400', '-0', '0.000000001', '99999999999999999999'),
    );
    fc.assert(
      fc.property(num, num, num, num, num, (qty, price, discount, amount, precision) => {
        const json = {
          ...base,
          lines: [{ product: 'p1', qty, price_unit: price, discount }],
          payments: [{ method: 'cash', amount }],
          cash_rounding: { precision },
        };
        const r = parseComputeInput(json);
        if (r.ok) runCompute(r.value);
      }),
      { numRuns: 500 },
    );
  });
});
