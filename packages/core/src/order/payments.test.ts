import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { settlePayments, type Payment } from './payments.ts';

const cash = (a: string): Payment => ({ method: 'cash', kind: 'cash', amount: dec(a) });
const card = (a: string): Payment => ({ method: 'card', kind: 'bank', amount: dec(a) });

describe('settlePayments', () => {
  it.each([
    ['cash over the due gives change', '17.35', [cash('20')], { paid: '20', change: '2.65', remaining: '0' }],
    [
      'split card and cash with change',
      '50',
      [card('30'), cash('25')],
      { paid: '55', change: '5', remaining: '0' },
    ],
    [
      'a partial payment leaves an amount due',
      '50',
      [card('30')],
      { paid: '30', change: '0', remaining: '20' },
    ],
    ['no payments: all is due', '12', [], { paid: '0', change: '0', remaining: '12' }],
    ['a refund paid back in cash', '-10', [cash('-10')], { paid: '-10', change: '0', remaining: '0' }],
  ] as const)('%s', (_name, due, payments, expected) => {
    const r = settlePayments(dec(due), payments);
    expect(
      r.ok && {
        paid: r.value.paid.toString(),
        change: r.value.change.toString(),
        remaining: r.value.remaining.toString(),
      },
    ).toEqual(expected);
  });

  it('refuses change out of a card payment', () => {
    const r = settlePayments(dec('10'), [card('15')]);
    expect(!r.ok && r.error.type).toBe('change_without_cash');
    expect(!r.ok && r.error.excess.toString()).toBe('5');
  });

  it('refuses paying back more than the refund', () => {
    const r = settlePayments(dec('-10'), [cash('-12')]);
    expect(!r.ok && r.error.type).toBe('refund_overpaid');
  });
});
