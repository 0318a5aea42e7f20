import type { Decimal } from '../money/decimal.ts';
import { sum, ZERO } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';

/**
 * A refund returns what a customer bought: each refund line points at the sold line it returns and
 * carries a negative quantity (returning 2 units is −2). What can still be refunded of a sold line
 * is what was sold minus what earlier refunds already returned — never more, whichever device asks.
 */
export interface SoldLine {
  readonly id: string;
  readonly product: string;
  readonly qty: Decimal;
}

export interface RefundLine {
  readonly refunded_line_id: string;
  /** Negative, as it stands on the refund order. */
  readonly qty: Decimal;
}

export type RefundError =
  | {
      readonly type: 'refund_exceeds_sold';
      readonly line_id: string;
      readonly product: string;
      readonly asked: Decimal;
      readonly refundable: Decimal;
    }
  | { readonly type: 'unknown_refunded_line'; readonly line_id: string }
  | { readonly type: 'refund_quantity_not_negative'; readonly line_id: string; readonly qty: Decimal }
  | { readonly type: 'cannot_refund_a_return'; readonly line_id: string };

/** What is left to refund of a sold line after the given refunds (never below zero). */
export function refundableQuantity(line: SoldLine, refunds: readonly RefundLine[]): Decimal {
  const returned = sum(refunds.filter((r) => r.refunded_line_id === line.id).map((r) => r.qty.abs()));
  const left = line.qty.minus(returned);
  return left.isNegative() ? ZERO : left;
}

/**
 * Checks new refund lines against the sold lines and the refunds already made. Several new lines
 * against one sold line add up. A return (a sold line with a negative quantity) cannot be refunded.
 */
export function checkRefund(
  sold: readonly SoldLine[],
  earlier: readonly RefundLine[],
  requested: readonly RefundLine[],
): Result<void, RefundError> {
  const byId = new Map(sold.map((l) => [l.id, l]));
  const asked = new Map<string, Decimal>();
  for (const r of requested) {
    const line = byId.get(r.refunded_line_id);
    if (!line) return err({ type: 'unknown_refunded_line', line_id: r.refunded_line_id });
    if (!r.qty.isNegative())
      return err({ type: 'refund_quantity_not_negative', line_id: r.refunded_line_id, qty: r.qty });
    if (!line.qty.isPositive()) return err({ type: 'cannot_refund_a_return', line_id: line.id });
    asked.set(line.id, (asked.get(line.id) ?? ZERO).plus(r.qty.abs()));
  }
  for (const [id, qty] of asked) {
    const line = byId.get(id) as SoldLine;
    const refundable = refundableQuantity(line, earlier);
    if (qty.gt(refundable)) {
      return err({ type: 'refund_exceeds_sold', line_id: id, product: line.product, asked: qty, refundable });
    }
  }
  return ok(undefined);
}

export function describeRefundError(e: RefundError): string {
  switch (e.type) {
    case 'refund_exceeds_sold':
      return `line ${e.line_id} (${e.product}): ${e.asked.toString()} asked back but only ${e.refundable.toString()} can still be refunded`;
    case 'unknown_refunded_line':
      return `line ${e.line_id} is not a line of the order being refunded`;
    case 'refund_quantity_not_negative':
      return `the refund of line ${e.line_id} must have a negative quantity, not ${e.qty.toString()}`;
    case 'cannot_refund_a_return':
      return `line ${e.line_id} is itself a return and cannot be refunded`;
  }
}
