import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTill } from '../run-command.test-helper.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const example = `${root}docs/examples/cafe-order.json`;

const order = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    currency: { code: 'EUR', decimals: 2 },
    taxes: [{ id: 'vat21', name: 'VAT 21%', amount_type: 'percent', amount: 21 }],
    products: [{ id: 'p1', list_price: 10, taxes: ['vat21'] }],
    lines: [{ product: 'p1', qty: 1 }],
    ...over,
  });

describe('till compute', () => {
  it('computes the documented café example (pricelist, included and excluded VAT, cash rounding, change)', async () => {
    const r = await runTill(['compute', example]);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(
      out.lines.map((l: { price_unit: string; subtotal_included: string }) => [
        l.price_unit,
        l.subtotal_included,
      ]),
    ).toEqual([
      ['1.80', '3.60'],
      ['1.35', '4.02'],
    ]);
    expect(out).toMatchObject({
      total_excluded: '6.65',
      total_tax: '0.97',
      total_included: '7.62',
      rounding: { amount: '-0.02', strategy: 'add_line' },
      total_due: '7.60',
      paid: '10.00',
      change: '2.40',
    });
  });

  it('reads the order from stdin when no file is given', async () => {
    const r = await runTill(['compute'], order());
    expect(JSON.parse(r.stdout).total_included).toBe('12.10');
  });

  it('takes numbers as JSON numbers or decimal strings alike', async () => {
    const a = await runTill(['compute'], order({ lines: [{ product: 'p1', qty: 3, price_unit: 0.1 }] }));
    const b = await runTill(['compute'], order({ lines: [{ product: 'p1', qty: '3', price_unit: '0.10' }] }));
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
    expect(JSON.parse(a.stdout).total_excluded).toBe('0.30');
  });

  it.each([
    [
      'an unknown tax id',
      order({ lines: [{ product: 'p1', qty: 1, taxes: ['vat99'] }] }),
      'lines[0].taxes[0]: unknown tax id "vat99"',
    ],
    [
      'a negative precision',
      order({ cash_rounding: { precision: -0.05 } }),
      'cash_rounding.precision: must be more than 0',
    ],
    [
      'a malformed number',
      order({ lines: [{ product: 'p1', qty: '1,2,3' }] }),
      'lines[0].qty: expected a number or a decimal string',
    ],
    ['a missing field', order({ currency: { code: 'EUR' } }), 'currency.decimals: is missing'],
    ['missing lines', JSON.stringify({ currency: { code: 'EUR', decimals: 2 } }), 'lines: is missing'],
    [
      'an unknown product',
      order({ lines: [{ product: 'nope', qty: 1 }] }),
      'lines[0].product: unknown product "nope"',
    ],
    [
      'a card paying more than due',
      order({ payments: [{ method: 'card', amount: 20 }] }),
      'payments: payments exceed the amount due',
    ],
    ['text that is not JSON', '{ "currency": ', 'the input is not valid JSON'],
    ['JSON that is not an order', '[1, 2]', '(order): expected an object, got an array'],
  ])('refuses %s with a message naming the field', async (_name, input, message) => {
    const r = await runTill(['compute'], input);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('works as a real command: npx till compute FILE and stdin', () => {
    const bin = `${root}packages/cli/bin/till.js`;
    const fromFile = JSON.parse(execFileSync('node', [bin, 'compute', example], { encoding: 'utf8' }));
    expect(fromFile.total_due).toBe('7.60');
    const piped = spawnSync('node', [bin, 'compute'], { input: readFileSync(example), encoding: 'utf8' });
    expect(JSON.parse(piped.stdout).total_due).toBe('7.60');
    const bad = spawnSync('node', [bin, 'compute'], { input: '{}', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('currency: is missing');
  });
});
