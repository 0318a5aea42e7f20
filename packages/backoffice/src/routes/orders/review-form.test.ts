import { describe, expect, it } from 'vitest';
import { buildReview, type ReviewDraft } from './review-form.ts';

const draft = (over: Partial<ReviewDraft>): ReviewDraft => ({
  decision: 'accept',
  reason: 'checked with the cashier',
  customer: '',
  methods: {},
  ...over,
});
const current = { '10': 1, '11': 2 };

describe('buildReview', () => {
  it('accept with a reason', () => {
    expect(buildReview(draft({ reason: '  fine  ' }), current)).toEqual({
      ok: true,
      body: { decision: 'accept', reason: 'fine' },
    });
  });

  it('no decision, or no reason, is refused on its field', () => {
    expect(buildReview(draft({ decision: '' }), current)).toMatchObject({ ok: false, field: 'decision' });
    expect(buildReview(draft({ reason: '   ' }), current)).toMatchObject({ ok: false, field: 'reason' });
  });

  it('correct the customer and one payment method, leaving unchanged methods out', () => {
    expect(
      buildReview(draft({ decision: 'correct', customer: '7', methods: { '10': '2', '11': '2' } }), current),
    ).toEqual({
      ok: true,
      body: {
        decision: 'correct',
        reason: 'checked with the cashier',
        corrections: { customer_id: 7, payments: [{ id: 10, payment_method_id: 2 }] },
      },
    });
  });

  it('correct by removing the customer', () => {
    expect(buildReview(draft({ decision: 'correct', customer: 'none' }), current)).toMatchObject({
      ok: true,
      body: { corrections: { customer_id: null } },
    });
  });

  it('a correction that changes nothing is refused', () => {
    expect(buildReview(draft({ decision: 'correct', methods: { '10': '1' } }), current)).toMatchObject({
      ok: false,
      field: 'corrections',
    });
  });
});
