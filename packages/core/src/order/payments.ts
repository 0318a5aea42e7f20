import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';

/** What a payment method is: `cash` (gives change), `bank` (card, transfer), `pay_later` (customer account). */
export const PAYMENT_KINDS = ['cash', 'bank', 'pay_later'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export interface Payment {
  readonly method: string;
  readonly kind: PaymentKind;
  readonly amount: Decimal;
}

export interface Settlement {
  readonly paid: Decimal;
  /** Cash handed back to the customer. */
  readonly change: Decimal;
  /** Still to pay (negative on a refund: still to pay back). Zero when the order is settled. */
  readonly remaining: Decimal;
}

export type PaymentError =
  | { readonly type: 'change_without_cash'; readonly excess: Decimal }
  | { readonly type: 'refund_overpaid'; readonly excess: Decimal };

/**
 * Settles payments against the amount due. Change is given in cash only, so it cannot exceed what
 * was paid in cash: a card payment larger than what is due is refused. A refund (negative due) may
 * not pay back more than is due.
 */
export function settlePayments(due: Decimal, payments: readonly Payment[]): Result<Settlement, PaymentError> {
  const paid = sum(payments.map((p) => p.amount));
  if (due.gte(0)) {
    const over = paid.minus(due);
    if (over.lte(0)) return ok({ paid, change: ZERO, remaining: due.minus(paid) });
    const cash = sum(payments.filter((p) => p.kind === 'cash').map((p) => p.amount));
    if (over.gt(cash))
      return err({ type: 'change_without_cash', excess: over.minus(cash.gt(0) ? cash : ZERO) });
    return ok({ paid, change: over, remaining: ZERO });
  }
  const remaining = due.minus(paid);
  if (remaining.gt(0)) return err({ type: 'refund_overpaid', excess: remaining });
  return ok({ paid, change: ZERO, remaining });
}

export function describePaymentError(e: PaymentError): string {
  switch (e.type) {
    case 'change_without_cash':
      return `payments exceed the amount due by ${e.excess.toString()} beyond what was paid in cash; change is given in cash only`;
    case 'refund_overpaid':
      return `the refund pays back ${e.excess.toString()} more than is due`;
  }
}
