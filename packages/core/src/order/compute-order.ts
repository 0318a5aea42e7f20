import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { mapTaxes, type FiscalPosition } from '../fiscal/fiscal-position.ts';
import { cashRoundingDifference, type CashRounding } from '../rounding/cash-rounding.ts';
import type { Tax, TaxIndex, TaxRounding } from '../tax/tax.ts';
import { globalDiscountLines } from './global-discount.ts';
import type { OrderLine } from './order-line.ts';
import { computeOrderTotals, type OrderTotals, type TaxTotal } from './order-totals.ts';
import { settlePayments, type Payment, type PaymentError, type Settlement } from './payments.ts';

/** Payments either settle the order (fully or in part) or are refused (change out of a card). */
export type PaymentOutcome =
  ({ readonly state: 'settled' } & Settlement) | { readonly state: 'refused'; readonly error: PaymentError };

/** A product line before the fiscal position: its taxes are the product's (or the line's own). */
export interface OrderLineDraft {
  readonly key: string;
  readonly qty: Decimal;
  /** The unit price charged (after pricelist and fiscal position adjustment). */
  readonly price_unit: Decimal;
  readonly discount: Decimal;
  readonly taxes: readonly Tax[];
}

export interface ComputeOrderInput {
  readonly currency: Currency;
  readonly taxRounding: TaxRounding;
  readonly taxIndex: TaxIndex;
  readonly fiscalPosition: FiscalPosition | null;
  readonly lines: readonly OrderLineDraft[];
  /** Percentage off the whole order; zero for none. */
  readonly globalDiscount: Decimal;
  readonly cashRounding: CashRounding | null;
  readonly payments: readonly Payment[];
}

export interface AppliedRounding {
  readonly amount: Decimal;
  readonly strategy: CashRounding['strategy'];
}

export interface ComputedOrder {
  readonly totals: OrderTotals;
  /** Null when cash rounding is off or changes nothing. */
  readonly rounding: AppliedRounding | null;
  /** What the customer owes: the total included, plus a rounding line when there is one. */
  readonly total_due: Decimal;
  readonly payment: PaymentOutcome;
}

/**
 * An order from its lines to what is due and paid: taxes mapped by the fiscal position, the
 * global discount added as lines, totals, cash rounding, then the payments settled. This is the one
 * computation the till shows and the server re-checks.
 */
export function computeOrder(input: ComputeOrderInput): ComputedOrder {
  const { currency, taxIndex: index } = input;
  const productLines: OrderLine[] = input.lines.map((l) => ({
    key: l.key,
    kind: 'product',
    qty: l.qty,
    price_unit: l.price_unit,
    discount: l.discount,
    taxes: mapTaxes(l.taxes, input.fiscalPosition, index),
  }));
  const base = { index, currency, rounding: input.taxRounding };
  const first = computeOrderTotals({ ...base, lines: productLines });
  const discounts = globalDiscountLines(first.lines, input.globalDiscount, currency);
  let totals = discounts.length
    ? computeOrderTotals({ ...base, lines: [...productLines, ...discounts] })
    : first;

  let rounding: AppliedRounding | null = null;
  if (input.cashRounding) {
    const amount = cashRoundingDifference({
      total: totals.total_included,
      rounding: input.cashRounding,
      paidOtherwise: sum(input.payments.filter((p) => p.kind !== 'cash').map((p) => p.amount)),
      paysInCash: input.payments.some((p) => p.kind === 'cash'),
    });
    if (!amount.isZero()) {
      const strategy =
        input.cashRounding.strategy === 'biggest_tax' && totals.taxes.length ? 'biggest_tax' : 'add_line';
      rounding = { amount, strategy };
      if (strategy === 'biggest_tax') totals = foldIntoBiggestTax(totals, amount);
    }
  }
  const totalDue =
    rounding?.strategy === 'add_line' ? totals.total_included.plus(rounding.amount) : totals.total_included;
  const settled = settlePayments(totalDue, input.payments);
  const payment: PaymentOutcome = settled.ok
    ? { state: 'settled', ...settled.value }
    : { state: 'refused', error: settled.error };
  return { totals, rounding, total_due: totalDue, payment };
}

/** Adds the rounding difference to the tax with the largest amount (the first such, on a tie). */
function foldIntoBiggestTax(totals: OrderTotals, amount: Decimal): OrderTotals {
  let biggest = 0;
  totals.taxes.forEach((t, i) => {
    if (t.amount.abs().gt(totals.taxes[biggest]?.amount.abs() ?? ZERO)) biggest = i;
  });
  const taxes: TaxTotal[] = totals.taxes.map((t, i) =>
    i === biggest ? { ...t, amount: t.amount.plus(amount) } : t,
  );
  return {
    ...totals,
    taxes,
    total_tax: totals.total_tax.plus(amount),
    total_included: totals.total_included.plus(amount),
  };
}
