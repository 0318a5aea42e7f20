import { describe, expect, it } from 'vitest';
import type { ClosingData } from '../../api/types.ts';
import { compareClosing } from './closing-figures.ts';

const data: ClosingData = {
  orders_count: 3,
  orders_total: '42.00',
  methods: [
    { method_id: 1, name: 'Cash', kind: 'cash', expected: '142.00', payment_count: 2 },
    { method_id: 2, name: 'Card', kind: 'bank', expected: '12.00', payment_count: 1 },
  ],
  cash: { opening: '100.00', payments: '42.00', cash_in: '0', cash_out: '0', expected: '142.00' },
  draft_orders: [],
  max_difference: '5.00',
};

describe('compareClosing', () => {
  it.each([
    ['counted as expected', { '1': '142', '2': '12' }, '0', false],
    ['cash short within the limit', { '1': '139,50', '2': '12' }, '2.5', false],
    ['cash short beyond the limit needs a confirmation', { '1': '130', '2': '12' }, '12', true],
    ['cash not counted is taken as empty', { '2': '12' }, '142', true],
  ])('%s', (_name, typed, largest, confirm) => {
    const r = compareClosing(data, typed);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.comparison.largest.toString()).toBe(largest);
      expect(r.comparison.needsConfirmation).toBe(confirm);
    }
  });

  it('names the method whose amount is not a number', () => {
    expect(compareClosing(data, { '1': '12x' })).toEqual({ ok: false, method: 'Cash' });
  });
});
