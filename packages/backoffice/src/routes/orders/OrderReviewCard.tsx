import { useState, type FormEvent } from 'react';
import { useLoad } from '../../app/use-load.ts';
import { fieldError, type ApiFailure } from '../../api/http.ts';
import { Field } from '../../components/Field.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { formatMoney } from '../../format/money.ts';
import { loadSessionReport } from '../sessions/api.ts';
import { reviewOrder, type OrderDetail } from './api.ts';
import { CustomerPicker } from './CustomerPicker.tsx';
import { buildReview, type ReviewDraft } from './review-form.ts';

const FLAG_WORDS: Record<string, string> = {
  late_for_closed_session: 'Arrived after its session closed',
  customer_unknown: 'Unknown customer',
  refund_exceeds_sold: 'Refunds more than was sold',
  serial_sold_twice: 'Serial number sold twice',
};

/** Why the order was flagged, and the review: done (who, when, why) or the form to do it. */
interface Props {
  readonly order: OrderDetail;
  readonly currency: string;
  readonly decimals: number;
  readonly onReviewed: () => void;
}

export function OrderReviewCard({ order, currency, decimals, onReviewed }: Props) {
  return (
    <section className="card section review-card">
      <h2>Review</h2>
      {order.flags.length ? (
        <ul className="flags">
          {order.flags.map((f, i) => (
            <li key={i}>
              <strong>{FLAG_WORDS[f.code] ?? f.code}</strong>
              <span className="muted"> · {f.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {order.review ? (
        <Notice tone={order.review.decision === 'accept' ? 'success' : 'info'}>
          {order.review.decision === 'accept' ? 'Accepted' : 'Corrected'}
          {order.review.by ? ` by ${order.review.by}` : ''}
          {order.review.at ? ` on ${formatDateTime(order.review.at)}` : ''}: “{order.review.reason}”
        </Notice>
      ) : order.review_state === 'to_review' ? (
        <ReviewForm
          order={order}
          money={(a) => formatMoney(a, currency, undefined, decimals)}
          onReviewed={onReviewed}
        />
      ) : null}
    </section>
  );
}

interface FormProps {
  readonly order: OrderDetail;
  readonly money: (amount: string) => string;
  readonly onReviewed: () => void;
}

function ReviewForm({ order, money, onReviewed }: FormProps) {
  const [draft, setDraftState] = useState<ReviewDraft>({
    decision: '',
    reason: '',
    customer: '',
    methods: {},
  });
  const [problem, setProblem] = useState<{ field: string; message: string } | null>(null);
  // A change answers the message that asked for it: it goes until the next save.
  const setDraft = (next: ReviewDraft) => {
    setDraftState(next);
    setProblem(null);
  };
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  // The shop's payment methods, as the session's report lists them (every method, used or not).
  const methods = useLoad(draft.decision === 'correct' ? `methods-${order.session_id}` : null, () =>
    loadSessionReport(order.session_id),
  ).data?.payments;
  const payments = order.payments.filter((p) => !p.is_change);
  const currentMethods = Object.fromEntries(payments.map((p) => [String(p.id), p.method_id]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = buildReview(draft, currentMethods);
    if (!check.ok) return setProblem(check);
    setProblem(null);
    setBusy(true);
    const r = await reviewOrder(order.id, check.body);
    setBusy(false);
    if (r.ok) onReviewed();
    else setFailure(r.error);
  };
  const error = (field: string) => (problem?.field === field ? problem.message : fieldError(failure, field));

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="Review the order">
      <FailureNotice failure={failure} except={['reason', 'decision']} />
      <fieldset className="decision-choice">
        <legend>Decision</legend>
        <label className="checkbox">
          <input
            type="radio"
            name="decision"
            checked={draft.decision === 'accept'}
            onChange={() => setDraft({ ...draft, decision: 'accept' })}
          />
          Accept: the order stands as sold
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name="decision"
            checked={draft.decision === 'correct'}
            onChange={() => setDraft({ ...draft, decision: 'correct' })}
          />
          Correct its customer or a payment’s method
        </label>
        {error('decision') ? <p className="field-error">{error('decision')}</p> : null}
      </fieldset>
      {draft.decision === 'correct' ? (
        <div className="corrections">
          <CustomerPicker value={draft.customer} onChange={(customer) => setDraft({ ...draft, customer })} />
          {payments.map((p) => (
            <Field key={p.id} label={`Payment of ${money(p.amount)} by ${p.method ?? 'unknown method'}`}>
              <select
                value={draft.methods[String(p.id)] ?? ''}
                onChange={(e) =>
                  setDraft({ ...draft, methods: { ...draft.methods, [String(p.id)]: e.target.value } })
                }
              >
                <option value="">Keep {p.method ?? 'as is'}</option>
                {(methods ?? []).map((mth) => (
                  <option key={mth.method_id} value={String(mth.method_id)}>
                    {mth.name}
                  </option>
                ))}
              </select>
            </Field>
          ))}
          {error('corrections') ? <p className="field-error">{error('corrections')}</p> : null}
        </div>
      ) : null}
      <Field label="Reason" error={error('reason')} hint="Kept with the order, for whoever looks at it next.">
        <textarea
          value={draft.reason}
          onChange={(e) => setDraft({ ...draft, reason: e.target.value })}
          maxLength={2000}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save the review'}
        </button>
      </div>
    </form>
  );
}
