import { describe, expect, it } from 'vitest';
import { runTill } from '../run-command.test-helper.ts';

describe('till barcode', () => {
  it.each([
    [
      'a weight barcode: 1.234 kg of product 12345',
      '2112345012346',
      { type: 'weight', base_code: '2112345000008', value: '1.234' },
    ],
    ['a price barcode: 4.50', '2312345004505', { type: 'price', base_code: '2312345000002', value: '4.5' }],
    ['a plain EAN-13 product', '4006381333931', { type: 'product', base_code: '4006381333931', value: null }],
    ['a discount barcode: 15 %', '2215', { type: 'discount', value: '15' }],
    ['a cashier badge', '0415551234', { type: 'cashier' }],
  ])('%s', async (_name, code, expected) => {
    const r = await runTill(['barcode', code]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ code: expect.any(String), ...expected });
  });

  it('refuses a wrong check digit, saying which digit was expected', async () => {
    const r = await runTill(['barcode', '2112345012343']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/check digit/i);
    expect(r.stderr).toContain('6');
  });

  it('asks for a code when none is given', async () => {
    const r = await runTill(['barcode']);
    expect(r.code).toBe(2);
  });
});
