import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum, ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { buildSessionEntry, isBalanced, type EntryAccounts, type SessionSales } from './session-entry.ts';

const EUR: Currency = { code: 'EUR', decimals: 2 };
const accounts: EntryAccounts = {
  rounding: '658100',
  cashDifferenceLoss: '658000',
  cashDifferenceGain: '758000',
  ordersToReview: '471000',
};

const day: SessionSales = {
  sales: [
    { account: '707000', taxes: 'VAT 20%', amount: dec('100') },
    { account: '707000', taxes: 'VAT 5.5%', amount: dec('-10') },
  ],
  taxes: [
    { account: '445720', tax_id: 1, label: 'VAT 20%', amount: dec('20') },
    { account: '445705', tax_id: 2, label: 'VAT 5.5%', amount: dec('-0.55') },
  ],
  payments: [
    { account: '530000', method_id: 1, label: 'Cash', amount: dec('60') },
    { account: '511000', method_id: 2, label: 'Card', amount: dec('49.45') },
  ],
  rounding: ZERO,
  cashDifference: dec('-2.5'),
  cashAccount: '530000',
};

describe('buildSessionEntry', () => {
  it('sales and taxes credited, returns debited, receivables debited, the cash difference to its account', () => {
    const lines = buildSessionEntry(day, accounts, EUR).map((l) => [
      l.account,
      l.debit.toFixed(2),
      l.credit.toFixed(2),
    ]);
    expect(lines).toEqual([
      ['707000', '0.00', '100.00'],
      ['707000', '10.00', '0.00'],
      ['445720', '0.00', '20.00'],
      ['445705', '0.55', '0.00'],
      ['530000', '60.00', '0.00'],
      ['511000', '49.45', '0.00'],
      ['530000', '0.00', '2.50'],
      ['658000', '2.50', '0.00'],
    ]);
    expect(isBalanced(buildSessionEntry(day, accounts, EUR))).toBe(true);
  });

  it('an order paid short goes to the account of orders to review', () => {
    const short = {
      ...day,
      payments: [{ account: '530000', method_id: 1, label: 'Cash', amount: dec('100') }],
      cashDifference: ZERO,
    };
    const lines = buildSessionEntry(short, accounts, EUR);
    expect(lines.at(-1)).toMatchObject({ account: '471000' });
    expect(lines.at(-1)?.debit.toFixed(2)).toBe('9.45');
  });

  it('always balances', () => {
    const amount = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((c) => dec(c).dividedBy(100));
    fc.assert(
      fc.property(
        fc.array(amount, { maxLength: 6 }),
        fc.array(amount, { maxLength: 6 }),
        fc.array(amount, { maxLength: 4 }),
        amount,
        amount,
        (sales, taxes, pays, rounding, diff) => {
          const s: SessionSales = {
            sales: sales.map((a, i) => ({ account: `70${i}`, taxes: '', amount: a })),
            taxes: taxes.map((a, i) => ({ account: `445${i}`, tax_id: i, label: 't', amount: a })),
            payments: pays.map((a, i) => ({ account: `5${i}`, method_id: i, label: 'p', amount: a })),
            rounding,
            cashDifference: diff,
            cashAccount: '530000',
          };
          const lines = buildSessionEntry(s, accounts, EUR);
          expect(isBalanced(lines)).toBe(true);
          expect(sum(lines.map((l) => l.debit)).gte(0)).toBe(true);
          for (const l of lines) expect(l.debit.isZero() || l.credit.isZero()).toBe(true);
        },
      ),
    );
  });
});
