import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import { roundToCurrency, type Currency } from '../money/currency.ts';

/**
 * The journal entry that closing a session posts: one balanced entry for the whole session.
 * - sales: credited per income account and set of taxes (returns debit it);
 * - taxes: credited per tax account and tax;
 * - payments: one receivable debit per payment method (cash net of change);
 * - cash rounding: to the rounding account;
 * - the cash counted at closing minus the cash expected: to the cash difference account, against
 *   the cash receivable;
 * - anything left (an order paid short, flagged for review): to the account for orders to review,
 *   so the entry always balances and nothing is hidden.
 * Debits equal credits, to the cent, whatever the orders.
 */
export interface EntryAccounts {
  readonly rounding: string;
  readonly cashDifferenceLoss: string;
  readonly cashDifferenceGain: string;
  readonly ordersToReview: string;
}

export interface SessionSales {
  /** Σ subtotal excluded per (income account, taxes) over the session's order lines. */
  readonly sales: readonly { readonly account: string; readonly taxes: string; readonly amount: Decimal }[];
  /** Σ tax amount per (tax account, tax). */
  readonly taxes: readonly {
    readonly account: string;
    readonly tax_id: number;
    readonly label: string;
    readonly amount: Decimal;
  }[];
  /** Σ payments per method, change already deducted. */
  readonly payments: readonly {
    readonly account: string;
    readonly method_id: number;
    readonly label: string;
    readonly amount: Decimal;
  }[];
  /** Σ cash rounding lines (add_line strategy). */
  readonly rounding: Decimal;
  /** Counted − expected cash, zero when there is no cash control. */
  readonly cashDifference: Decimal;
  readonly cashAccount: string | null;
}

export interface JournalLine {
  readonly account: string;
  readonly label: string;
  readonly debit: Decimal;
  readonly credit: Decimal;
  readonly tax_id?: number;
  readonly method_id?: number;
}

/** A signed amount as a debit (positive) or a credit (negative) line. */
function line(
  account: string,
  label: string,
  signed: Decimal,
  extra: Partial<JournalLine> = {},
): JournalLine {
  return signed.isNegative()
    ? { account, label, debit: ZERO, credit: signed.abs(), ...extra }
    : { account, label, debit: signed, credit: ZERO, ...extra };
}

export function buildSessionEntry(
  s: SessionSales,
  accounts: EntryAccounts,
  currency: Currency,
): JournalLine[] {
  const r = (d: Decimal) => roundToCurrency(d, currency);
  const lines: JournalLine[] = [];
  for (const sale of s.sales) {
    if (!r(sale.amount).isZero())
      lines.push(
        line(sale.account, `Sales${sale.taxes ? ` (${sale.taxes})` : ''}`, r(sale.amount).negated()),
      );
  }
  for (const tax of s.taxes) {
    if (!r(tax.amount).isZero())
      lines.push(line(tax.account, tax.label, r(tax.amount).negated(), { tax_id: tax.tax_id }));
  }
  if (!r(s.rounding).isZero()) lines.push(line(accounts.rounding, 'Cash rounding', r(s.rounding).negated()));
  for (const p of s.payments) {
    if (!r(p.amount).isZero()) lines.push(line(p.account, p.label, r(p.amount), { method_id: p.method_id }));
  }
  const diff = r(s.cashDifference);
  if (!diff.isZero() && s.cashAccount !== null) {
    lines.push(line(s.cashAccount, 'Cash difference at closing', diff));
    lines.push(
      line(
        diff.isNegative() ? accounts.cashDifferenceLoss : accounts.cashDifferenceGain,
        'Cash difference at closing',
        diff.negated(),
      ),
    );
  }
  const imbalance = sum(lines.map((l) => l.debit.minus(l.credit)));
  if (!imbalance.isZero())
    lines.push(line(accounts.ordersToReview, 'Orders to review (not fully paid)', imbalance.negated()));
  return lines;
}

/** True when the entry's debits equal its credits. */
export function isBalanced(lines: readonly JournalLine[]): boolean {
  return sum(lines.map((l) => l.debit)).equals(sum(lines.map((l) => l.credit)));
}
