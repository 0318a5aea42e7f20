import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, ZERO } from '../money/decimal.ts';
import type { CashRounding } from '../rounding/cash-rounding.ts';
import { EUR, makeTax } from '../tax/tax-fixtures.ts';
import { indexTaxes } from '../tax/tax.ts';
import { computeOrder, type ComputeOrderInput } from './compute-order.ts';
import type { Payment } from './payments.ts';

const vat21 = makeTax('vat21', 'percent', 21);
const vat6 = makeTax('vat6', 'percent', 6);
const vat0 = makeTax('vat0', 'percent', 0);
const index = indexTaxes([vat21, vat6, vat0]);
const rounding = (strategy: CashRounding['strategy'], cash_only = false): CashRounding => ({
  precision: dec('0.05'),
  method: 'HALF-UP',
  strategy,
  cash_only,
});
const cash = (a: string): Payment => ({ method: 'cash', kind: 'cash', amount: dec(a) });
const card = (a: string): Payment => ({ method: 'card', kind: 'bank', amount: dec(a) });

function order(over: Partial<ComputeOrderInput>): ComputeOrderInput {
  return {
    currency: EUR,
    taxRounding: 'per_line',
    taxIndex: index,
    fiscalPosition: null,
    // 10.00 + 21 % = 12.10; 2.00 + 6 % = 2.12 → 14.22
    lines: [
      { key: 'a', qty: dec(1), price_unit: dec(10), discount: ZERO, taxes: [vat21] },
      { key: 'b', qty: dec(1), price_unit: dec(2), discount: ZERO, taxes: [vat6] },
    ],
    globalDiscount: ZERO,
    cashRounding: null,
    payments: [],
    ...over,
  };
}

describe('computeOrder', () => {
  it('cash rounding at 0.05 as its own line: 14.22 → due 14.20', () => {
    const r = computeOrder(order({ cashRounding: rounding('add_line'), payments: [cash('20')] }));
    expect([
      r.totals.total_included.toFixed(2),
      r.rounding?.amount.toFixed(2),
      r.total_due.toFixed(2),
      (r.payment.state === 'settled' ? r.payment.change : null)?.toFixed(2),
    ]).toEqual(['14.22', '-0.02', '14.20', '5.80']);
  });

  it('cash rounding at 0.05 folded into the biggest tax: VAT 21 % 2.10 → 2.08, total 14.20', () => {
    const r = computeOrder(order({ cashRounding: rounding('biggest_tax'), payments: [cash('14.20')] }));
    expect(r.totals.taxes.map((t) => [t.tax.id, t.amount.toFixed(2)])).toEqual([
      ['vat21', '2.08'],
      ['vat6', '0.12'],
    ]);
    expect([
      r.totals.total_included.toFixed(2),
      r.total_due.toFixed(2),
      (r.payment.state === 'settled' ? r.payment.remaining : null)?.toFixed(2),
    ]).toEqual(['14.20', '14.20', '0.00']);
  });

  it('cash-only rounding does not touch a card payment', () => {
    const r = computeOrder(order({ cashRounding: rounding('add_line', true), payments: [card('14.22')] }));
    expect([r.rounding, r.total_due.toFixed(2)]).toEqual([null, '14.22']);
  });

  it('the fiscal position maps the taxes of each line', () => {
    const r = computeOrder(
      order({ fiscalPosition: { id: 'ex', name: 'Export', map: [{ from: 'vat21', to: ['vat0'] }] } }),
    );
    expect(r.totals.total_included.toFixed(2)).toBe('12.12');
  });

  it('a global discount of 10 %: 14.22 → 12.80', () => {
    const r = computeOrder(order({ globalDiscount: dec(10) }));
    // −1.00 at 21 % → −1.21; −0.20 at 6 % → −0.21
    expect(r.totals.total_included.toFixed(2)).toBe('12.80');
    expect(r.totals.lines.filter((l) => l.line.kind === 'global_discount').length).toBe(2);
  });

  it('an overpaid card payment is refused', () => {
    expect(computeOrder(order({ payments: [card('20')] })).payment.state).toBe('refused');
  });

  it('paid − change = what is due, whenever the order is settled', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.boolean(),
        (cardCents, cashCents, fold) => {
          const payments = [
            card(dec(cardCents).dividedBy(100).toString()),
            cash(dec(cashCents).dividedBy(100).toString()),
          ];
          const r = computeOrder(
            order({ cashRounding: rounding(fold ? 'biggest_tax' : 'add_line', true), payments }),
          );
          if (r.payment.state !== 'settled') return;
          const { payment: settlement, total_due } = r;
          expect(settlement.paid.minus(settlement.change).plus(settlement.remaining).equals(total_due)).toBe(
            true,
          );
        },
      ),
    );
  });
});
