import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { countCash } from './cash-count.ts';
import {
  compareCounted,
  computeClosing,
  type CashMove,
  type ClosingMethod,
  type SessionPayment,
} from './closing-summary.ts';

const EUR: Currency = { code: 'EUR', decimals: 2 };
const methods: ClosingMethod[] = [
  { id: 'cash', name: 'Cash', kind: 'cash' },
  { id: 'card', name: 'Card', kind: 'bank' },
];

function day(payments: SessionPayment[], moves: CashMove[] = []) {
  return computeClosing({
    currency: EUR,
    openingCash: dec(100),
    methods,
    payments,
    cashMoves: moves,
    orders: { count: payments.length, total: sum(payments.map((p) => p.amount)) },
  });
}

describe('closing arithmetic', () => {
  const summary = day(
    [
      { method_id: 'cash', amount: dec('200.40') },
      { method_id: 'cash', amount: dec('50') },
      { method_id: 'card', amount: dec('120') },
    ],
    [
      { type: 'in', amount: dec(20), reason: 'float top-up' },
      { type: 'out', amount: dec('35.5'), reason: 'window cleaner' },
    ],
  );

  it('expected cash = opening 100 + cash sales 250.40 + in 20 − out 35.50 = 334.90; card = 120', () => {
    expect(summary.methods.map((m) => [m.method_id, m.expected.toFixed(2), m.payment_count])).toEqual([
      ['cash', '334.90', 2],
      ['card', '120.00', 1],
    ]);
    expect(
      summary.methods[0]?.cash && Object.values(summary.methods[0].cash).map((d) => d.toFixed(2)),
    ).toEqual(['100.00', '250.40', '20.00', '35.50']);
    expect([summary.orders_count, summary.orders_total.toFixed(2)]).toEqual([3, '370.40']);
  });

  it('counted 330 in cash: −4.90, to confirm above a 2.00 limit but not a 5.00 one', () => {
    const counted = { cash: dec(330), card: dec(120) };
    const strict = compareCounted(summary, counted, dec(2));
    expect(strict.differences.map((d) => d.difference.toFixed(2))).toEqual(['-4.90', '0.00']);
    expect(strict.needsConfirmation).toBe(true);
    expect(compareCounted(summary, counted, dec(5)).needsConfirmation).toBe(false);
  });

  it('an uncounted drawer is empty; an uncounted card terminal is as expected', () => {
    const c = compareCounted(summary, {}, dec(0));
    expect(c.differences.map((d) => d.difference.toFixed(2))).toEqual(['-334.90', '0.00']);
  });

  it('refunds paid back in cash lower the expected cash', () => {
    expect(day([{ method_id: 'cash', amount: dec(-15) }]).methods[0]?.expected.toFixed(2)).toBe('85.00');
  });

  it('expected cash − opening = cash payments + in − out, whatever happened', () => {
    const amount = fc.integer({ min: -100_000, max: 100_000 }).map((c) => dec(c).dividedBy(100));
    const positive = fc.integer({ min: 0, max: 100_000 }).map((c) => dec(c).dividedBy(100));
    fc.assert(
      fc.property(fc.array(amount), fc.array(positive), fc.array(positive), (cash, ins, outs) => {
        const s = day(
          cash.map((a) => ({ method_id: 'cash', amount: a })),
          [
            ...ins.map((a) => ({ type: 'in' as const, amount: a, reason: '' })),
            ...outs.map((a) => ({ type: 'out' as const, amount: a, reason: '' })),
          ],
        );
        expect(s.methods[0]?.expected.minus(100).equals(sum(cash).plus(sum(ins)).minus(sum(outs)))).toBe(
          true,
        );
      }),
    );
  });
});

describe('countCash', () => {
  it('adds up the coins and bills and writes the breakdown', () => {
    const r = countCash(
      [
        { value: dec(20), count: 3 },
        { value: dec(5), count: 0 },
        { value: dec('0.5'), count: 7 },
      ],
      2,
    );
    expect(r.ok && [r.value.total.toFixed(2), r.value.notes]).toEqual(['63.50', '3 x 20.00\n7 x 0.50']);
  });

  it('refuses a negative or fractional count, naming the denomination', () => {
    const r = countCash([{ value: dec(10), count: -1 }], 2);
    expect(!r.ok && r.error).toMatchObject({ type: 'invalid_count', count: -1 });
    expect(countCash([{ value: dec(10), count: 1.5 }], 2).ok).toBe(false);
  });
});
