import { dec } from '@till/core';
import { describe, expect, it } from 'vitest';
import { FRESH, type NumpadKey } from '../../components/numpad/numpad-input.ts';
import type { EditContext } from '../../order/edit-order.ts';
import { EMPTY_SYNC, type TillOrder } from '../../order/till-order.ts';
import { cafeCatalog } from '../../test-support/catalog-fixture.ts';
import { paidOrder } from '../../test-support/fixtures.ts';
import { addBankNote, chooseMethod, typePaymentKey, type PaymentEntry } from './payment-keys.ts';

const catalog = cafeCatalog();
catalog.apply({
  type: 'payment_methods',
  items: [
    { id: 1, name: 'Card', kind: 'bank' },
    { id: 2, name: 'Cash', kind: 'cash' },
  ],
});
let n = 0;
const ctx: EditContext = { catalog, now: new Date('2025-03-01T10:00:00Z'), newUid: () => `p${++n}` };
const start = (): PaymentEntry => ({
  order: {
    ...paidOrder('o'),
    state: 'draft',
    payments: [],
    totals: null,
    sync_state: 'none',
    sync: EMPTY_SYNC,
  } as TillOrder,
  selected: null,
  input: FRESH,
  problem: null,
});
const type = (entry: PaymentEntry, keys: NumpadKey[], refund = false) =>
  keys.reduce((e, k) => typePaymentKey(e, k, refund, ctx), entry);
const amounts = (e: PaymentEntry) => e.order.payments.map((p) => [p.method_id, p.amount]);

describe('paying with the keypad', () => {
  it('an amount typed without a method is cash', () => {
    expect(amounts(type(start(), ['2', '0']))).toEqual([[2, '20']]);
  });

  it('a method button pays what remains, and typing changes that amount', () => {
    const chosen = chooseMethod(start(), 1, dec('2.50'), ctx);
    expect(amounts(chosen)).toEqual([[1, '2.5']]);
    expect(amounts(type(chosen, ['1', '.', '5']))).toEqual([[1, '1.5']]);
  });

  it('on a refund the amount typed is paid back', () => {
    expect(amounts(type(start(), ['5'], true))).toEqual([[2, '-5']]);
  });

  it('backspace on an empty amount removes the payment', () => {
    expect(amounts(type(start(), ['5', 'Backspace', 'Backspace']))).toEqual([]);
  });

  it('+20 then +50 adds bank notes to the cash payment', () => {
    const e = addBankNote(addBankNote(start(), dec(20), ctx), dec(50), ctx);
    expect(amounts(e)).toEqual([[2, '70']]);
  });
});
