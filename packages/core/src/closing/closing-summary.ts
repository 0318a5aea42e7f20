import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import { roundToCurrency, type Currency } from '../money/currency.ts';
import type { PaymentKind } from '../order/payments.ts';

/**
 * What a session's closing screen shows: the number of orders and their total, and for each
 * payment method the amount expected in it. For cash: expected = opening balance + cash payments
 * (net of change; refunds paid back are negative) + cash in − cash out. For any other method: the
 * sum of its payments.
 */
export interface ClosingMethod {
  readonly id: string;
  readonly name: string;
  readonly kind: PaymentKind;
}

export interface SessionPayment {
  readonly method_id: string;
  readonly amount: Decimal;
}

export interface CashMove {
  readonly type: 'in' | 'out';
  /** Positive; the type gives the direction. */
  readonly amount: Decimal;
  readonly reason: string;
}

export interface ExpectedAmount {
  readonly method_id: string;
  readonly name: string;
  readonly kind: PaymentKind;
  readonly expected: Decimal;
  readonly payment_count: number;
  readonly payments_total: Decimal;
  /** For cash only: where the expected amount comes from. */
  readonly cash?: {
    readonly opening: Decimal;
    readonly payments: Decimal;
    readonly cash_in: Decimal;
    readonly cash_out: Decimal;
  };
}

export interface ClosingSummary {
  readonly orders_count: number;
  readonly orders_total: Decimal;
  readonly methods: readonly ExpectedAmount[];
}

export function computeClosing(input: {
  currency: Currency;
  openingCash: Decimal;
  methods: readonly ClosingMethod[];
  payments: readonly SessionPayment[];
  cashMoves: readonly CashMove[];
  orders: { count: number; total: Decimal };
}): ClosingSummary {
  const round = (d: Decimal) => roundToCurrency(d, input.currency);
  const cashIn = sum(input.cashMoves.filter((m) => m.type === 'in').map((m) => m.amount));
  const cashOut = sum(input.cashMoves.filter((m) => m.type === 'out').map((m) => m.amount));
  // Cash moves and the opening balance belong to the first cash method: the drawer.
  const drawer = input.methods.find((m) => m.kind === 'cash');
  const methods = input.methods.map((m): ExpectedAmount => {
    const mine = input.payments.filter((p) => p.method_id === m.id);
    const total = sum(mine.map((p) => p.amount));
    const base = {
      method_id: m.id,
      name: m.name,
      kind: m.kind,
      payment_count: mine.length,
      payments_total: round(total),
    };
    if (m !== drawer) return { ...base, expected: round(total) };
    return {
      ...base,
      expected: round(input.openingCash.plus(total).plus(cashIn).minus(cashOut)),
      cash: {
        opening: round(input.openingCash),
        payments: round(total),
        cash_in: round(cashIn),
        cash_out: round(cashOut),
      },
    };
  });
  return { orders_count: input.orders.count, orders_total: round(input.orders.total), methods };
}

export interface CountedComparison {
  readonly differences: readonly {
    readonly method_id: string;
    readonly expected: Decimal;
    readonly counted: Decimal;
    readonly difference: Decimal;
  }[];
  readonly largest: Decimal;
  /** The largest difference is above the shop's allowed maximum: someone with the right must confirm. */
  readonly needsConfirmation: boolean;
}

/**
 * Compares what was counted with what was expected. A method left uncounted counts as expected for
 * bank and customer-account methods (the bank statement will tell), but as zero for cash: a drawer
 * nobody counted is taken as empty, so the difference shows.
 */
export function compareCounted(
  summary: ClosingSummary,
  counted: Readonly<Record<string, Decimal>>,
  maxDifference: Decimal,
): CountedComparison {
  const differences = summary.methods.map((m) => {
    const c = counted[m.method_id] ?? (m.kind === 'cash' ? ZERO : m.expected);
    return { method_id: m.method_id, expected: m.expected, counted: c, difference: c.minus(m.expected) };
  });
  const largest = differences.reduce(
    (max, d) => (d.difference.abs().gt(max) ? d.difference.abs() : max),
    ZERO,
  );
  return { differences, largest, needsConfirmation: largest.gt(maxDifference) };
}
