import { describe, expect, it } from 'vitest';
import type { ClosingData } from './api.ts';
import { checkClosing, closeBody, countDrawer, initialCounts } from './closing-form.ts';

const data: ClosingData = {
  session_id: 7,
  state: 'opened',
  orders_count: 3,
  orders_total: '60.00',
  max_difference: '5.00',
  draft_orders: [],
  methods: [
    { method_id: 1, name: 'Cash', kind: 'cash', expected: '150.00', payment_count: 2 },
    { method_id: 2, name: 'Card', kind: 'bank', expected: '20.00', payment_count: 1 },
  ],
};

describe('closing form', () => {
  it('starts with cash to count and the card as expected', () => {
    expect(initialCounts(data, true)).toEqual({ '1': '', '2': '20.00' });
  });

  it('a rescue session (cash not counted here) starts with every method as expected', () => {
    expect(initialCounts(data, false)).toEqual({ '1': '150.00', '2': '20.00' });
  });

  it('counted as expected: no difference, nothing to confirm', () => {
    const r = checkClosing(data, { '1': '150.00', '2': '20.00' });
    expect(r.ok && r.comparison.needsConfirmation).toBe(false);
    expect(r.ok && r.comparison.largest.toString()).toBe('0');
  });

  it('cash short by more than the shop allows needs a confirmation', () => {
    const r = checkClosing(data, { '1': '140', '2': '20.00' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.comparison.needsConfirmation).toBe(true);
    expect(r.comparison.differences.find((d) => d.method_id === '1')!.difference.toString()).toBe('-10');
  });

  it('a difference within the allowed maximum needs none', () => {
    const r = checkClosing(data, { '1': '146,5', '2': '20.00' });
    expect(r.ok && r.comparison.needsConfirmation).toBe(false);
  });

  it('uncounted cash counts as an empty drawer', () => {
    const r = checkClosing(data, { '1': '', '2': '20.00' });
    expect(r.ok && r.comparison.largest.toString()).toBe('150');
  });

  it('text that is no amount is reported on its method', () => {
    expect(checkClosing(data, { '1': 'twelve', '2': '20' })).toEqual({
      ok: false,
      methodId: 1,
      message: 'Type the amount counted, like 125.50.',
    });
    expect(checkClosing(data, { '1': '-3', '2': '20' }).ok).toBe(false);
  });

  it('the body carries the counted amounts as decimal strings and the decisions', () => {
    const r = checkClosing(data, { '1': '140.50', '2': '20.00' });
    if (!r.ok) throw new Error('expected ok');
    expect(closeBody(r.counted, '  short: coins ', true, false)).toEqual({
      counted: { '1': '140.5', '2': '20' },
      notes: 'short: coins',
      confirm_difference: true,
      drafts: 'refuse',
    });
  });
});

describe('countDrawer', () => {
  const coins = ['0.50', '1.00', '2.00', '10.00', '20.00'];
  it('adds value × count and writes the breakdown for the notes', () => {
    expect(countDrawer(coins, { '0.50': '3', '20.00': '2', '10.00': '' }, 2)).toEqual({
      ok: true,
      total: '41.50',
      notes: '3 x 0.50\n2 x 20.00',
    });
  });
  it('nothing counted is an empty drawer', () => {
    expect(countDrawer(coins, {}, 2)).toEqual({ ok: true, total: '0.00', notes: '' });
  });
  it.each(['1.5', '-2', 'two'])('a count of %s is refused on its denomination', (count) => {
    expect(countDrawer(coins, { '2.00': count }, 2)).toEqual({ ok: false, denomination: '2.00' });
  });
});
