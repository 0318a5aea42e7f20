import { err, ok, type Result } from '../shared/result.ts';

/**
 * A receipt number, `Order SSSSS-LLL-NNNN`: the session id (5 digits), the login number of the
 * device in that session (3 digits), and the order's sequence on that device (4 digits), zero
 * padded. Every device that joins a session gets its own login number, so two devices never print
 * the same number, even offline. A number wider than its padding is printed in full, never cut.
 */
export interface ReceiptNumberParts {
  readonly sessionId: number;
  readonly loginNumber: number;
  readonly sequence: number;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The receipt reference without the word "Order": `00012-003-0007`. */
export function formatReceiptReference(p: ReceiptNumberParts): string {
  return `${pad(p.sessionId, 5)}-${pad(p.loginNumber, 3)}-${pad(p.sequence, 4)}`;
}

/** `Order 00012-003-0007`. */
export function formatReceiptNumber(p: ReceiptNumberParts): string {
  return `Order ${formatReceiptReference(p)}`;
}

export type ReceiptNumberError = { readonly type: 'invalid_receipt_number'; readonly text: string };

const RECEIPT = /^(?:Order\s+)?(\d{5,})-(\d{3,})-(\d{4,})$/i;

/** Reads `Order 00012-003-0007` or `00012-003-0007` back into its parts. */
export function parseReceiptNumber(text: string): Result<ReceiptNumberParts, ReceiptNumberError> {
  const m = RECEIPT.exec(text.trim());
  if (!m) return err({ type: 'invalid_receipt_number', text });
  return ok({ sessionId: Number(m[1]), loginNumber: Number(m[2]), sequence: Number(m[3]) });
}

export function describeReceiptNumberError(e: ReceiptNumberError): string {
  return `"${e.text}" is not a receipt number (expected Order SSSSS-LLL-NNNN, e.g. Order 00012-003-0007)`;
}

/** The sequence of the next order on a device: sequences start at 1. */
export function nextSequence(lastSequence: number): number {
  return Math.max(0, lastSequence) + 1;
}
