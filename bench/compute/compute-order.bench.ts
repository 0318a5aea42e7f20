import { parseComputeInput, runCompute } from '@till/core';
import { ms, percentile, printTable, timeRuns } from '../table.ts';

/**
 * An order as big as a till meets (a wholesale or event order): LINES lines over 200 products
 * with mixed taxes (excluded, included, a fixed eco-tax raising the VAT base, a group), priced by a
 * pricelist with category and product rules, a global discount and cash rounding.
 */
export function makeBigOrder(lines: number): unknown {
  const taxes = [
    { id: 'vat21', amount_type: 'percent', amount: 21, sequence: 10 },
    { id: 'vat6inc', amount_type: 'percent', amount: 6, price_include: true, sequence: 10 },
    { id: 'eco', amount_type: 'fixed', amount: '0.15', include_base_amount: true, sequence: 1 },
    { id: 'city', amount_type: 'percent', amount: 1.5, sequence: 20 },
    { id: 'grp', amount_type: 'group', children: ['vat21', 'city'], sequence: 10 },
  ];
  const taxSets = [['vat21'], ['vat6inc'], ['eco', 'vat21'], ['grp']];
  const categories = [
    { id: 'all', parent: null },
    ...Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, parent: 'all' })),
  ];
  const products = Array.from({ length: 200 }, (_, i) => ({
    id: `p${i}`,
    list_price: ((i * 37) % 5000) / 100 + 0.99,
    standard_price: ((i * 17) % 2000) / 100,
    category: `c${i % 10}`,
    taxes: taxSets[i % taxSets.length],
  }));
  const rules = [
    { applied_on: 'category', category: 'c1', compute_price: 'percentage', percent_price: 10, sequence: 1 },
    {
      applied_on: 'category',
      category: 'c2',
      compute_price: 'formula',
      base: 'standard_price',
      price_discount: -40,
      price_round: 0.05,
      sequence: 1,
    },
    { applied_on: 'product', product: 'p7', compute_price: 'fixed', fixed_price: 3.33, sequence: 1 },
    { applied_on: 'all', min_quantity: 10, compute_price: 'percentage', percent_price: 5, sequence: 5 },
  ];
  return {
    currency: { code: 'EUR', decimals: 2 },
    taxes,
    products,
    categories,
    pricelists: [{ id: 'pl', rules }],
    pricelist: 'pl',
    date: '2026-11-22',
    lines: Array.from({ length: lines }, (_, i) => ({
      product: `p${(i * 7) % 200}`,
      qty: (i % 12) + 1,
      discount: i % 5 === 0 ? 10 : 0,
    })),
    global_discount: 5,
    cash_rounding: { precision: 0.05, method: 'HALF-UP', strategy: 'add_line', cash_only: false },
    payments: [{ method: 'card', amount: 1 }],
  };
}

export async function benchComputeOrder(): Promise<void> {
  const rows = [];
  for (const size of [10, 100, 300, 1000]) {
    const json = makeBigOrder(size);
    const parsed = parseComputeInput(json);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const input = parsed.value;
    const check = runCompute(input);
    if (!check.ok) throw new Error(JSON.stringify(check.error));
    const runs = size >= 1000 ? 30 : 100;
    const compute = await timeRuns(() => runCompute(input), runs);
    const both = await timeRuns(
      () => runCompute((parseComputeInput(json) as { value: typeof input }).value),
      runs,
    );
    rows.push({
      lines: size,
      'compute median ms': ms(percentile(compute, 50)),
      'compute p95 ms': ms(percentile(compute, 95)),
      'parse+compute median ms': ms(percentile(both, 50)),
      runs,
    });
  }
  printTable(
    'compute: one order, mixed taxes, pricelist, global discount, cash rounding (Node, single core)',
    rows,
  );
}
