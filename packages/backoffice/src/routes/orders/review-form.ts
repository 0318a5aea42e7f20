import type { ReviewBody } from './api.ts';

/** What the reviewer filled in: a decision, a reason, and for a correction what changes. */
export interface ReviewDraft {
  readonly decision: 'accept' | 'correct' | '';
  readonly reason: string;
  /** '' keeps the customer; 'none' removes it; otherwise the new customer's id. */
  readonly customer: string;
  /** Payment id → new method id, only for the payments whose method changes. */
  readonly methods: Readonly<Record<string, string>>;
}

export type ReviewCheck =
  | { readonly ok: true; readonly body: ReviewBody }
  | { readonly ok: false; readonly field: 'decision' | 'reason' | 'corrections'; readonly message: string };

/**
 * The review request from the form, or the field to fix first. A reason is always required (it is
 * kept with the order); a correction must change something.
 */
export function buildReview(
  draft: ReviewDraft,
  currentMethods: Readonly<Record<string, number | null>>,
): ReviewCheck {
  if (draft.decision === '')
    return { ok: false, field: 'decision', message: 'Choose to accept or to correct the order.' };
  const reason = draft.reason.trim();
  if (!reason) return { ok: false, field: 'reason', message: 'Say why: the reason is kept with the order.' };
  if (draft.decision === 'accept') return { ok: true, body: { decision: 'accept', reason } };
  const payments = Object.entries(draft.methods)
    .filter(([id, method]) => method !== '' && Number(method) !== currentMethods[id])
    .map(([id, method]) => ({ id: Number(id), payment_method_id: Number(method) }));
  const corrections: { customer_id?: number | null; payments?: { id: number; payment_method_id: number }[] } =
    {};
  if (draft.customer === 'none') corrections.customer_id = null;
  else if (draft.customer !== '') corrections.customer_id = Number(draft.customer);
  if (payments.length) corrections.payments = payments;
  if (corrections.customer_id === undefined && !corrections.payments)
    return {
      ok: false,
      field: 'corrections',
      message: 'Choose the customer or a payment method to correct.',
    };
  return { ok: true, body: { decision: 'correct', reason, corrections } };
}
