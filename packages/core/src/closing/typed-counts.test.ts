import { describe, expect, it } from 'vitest';
import { checkTypedCounts, type ClosingFiguresJson } from './typed-counts.ts';

const figures: ClosingFiguresJson = {
  orders_count: 3,
  orders_total: '42.00',
  max_difference: '5.00',
  methods: [
    { method_id: 1, name: 'Cash', kind: 'cash', expected: '142.00', payment_count: 2 },
    { method_id: 2, name: 'Card', kind: 'bank', expected: '12.00', payment_count: 1 },
  ],
};

describe('checkTypedCounts', () => {
  it.each([
    ['counted as expected', { '1': '142', '2': '12' }, '0', false],
    ['cash short within the limit, typed with a comma', { '1': '139,50', '2': '12' }, '2.5', false],
    ['cash short beyond the limit needs a confirmation', { '1': '130', '2': '12' }, '12', true],
    ['cash not counted is taken as empty', { '2': '12' }, '142', true],
    ['a card method left empty counts as expected', { '1': ' 142.00 ', '2': '' }, '0', false],
  ])('%s', (_name, typed, largest, confirm) => {
    const r = checkTypedCounts(figures, typed);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.comparison.largest.toString()).toBe(largest);
      expect(r.comparison.needsConfirmation).toBe(confirm);
    }
  });

  it('names the method whose amount is not a number, or negative', () => {
    expect(checkTypedCounts(figures, { '1': '12x' })).toEqual({ ok: false, methodId: 1, methodName: 'Cash' });
    expect(checkTypedCounts(figures, { '2': '-3' })).toEqual({ ok: false, methodId: 2, methodName: 'Card' });
  });
});
