import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useLoad } from '../../app/use-load.ts';
import type { ApiFailure } from '../../api/http.ts';
import { Field } from '../../components/Field.tsx';
import { Money } from '../../components/Money.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatMoney } from '../../format/money.ts';
import {
  closeSession,
  loadClosingData,
  loadSessionReport,
  type ClosingData,
  type SessionReport,
} from './api.ts';
import { checkClosing, closeBody, initialCounts } from './closing-form.ts';
import { CashCounter } from './CashCounter.tsx';
import { loadShopDenominations } from '../../api/shops.ts';
import './closing.css';

/** The closing control, as at the till: count each method, explain, confirm a difference, close. */
export function ClosePage({ params }: { params: { id: string } }) {
  const id = Number(params.id);
  const closing = useLoad(`closing-${id}`, () => loadClosingData(id));
  const report = useLoad(`session-${id}`, () => loadSessionReport(id));
  const shopId = report.data?.session.shop_id;
  // The shop's coins and bills, for the calculator (without them, the cash is typed as one amount).
  const shop = useLoad(shopId === undefined ? null : `shop-${shopId}`, () =>
    loadShopDenominations(shopId ?? 0),
  );
  if (!closing.data || !report.data) return <FailureNotice failure={closing.failure ?? report.failure} />;
  return (
    <CloseForm data={closing.data} report={report.data} denominations={shop.data?.denominations ?? []} />
  );
}

interface FormProps {
  readonly data: ClosingData;
  readonly report: SessionReport;
  readonly denominations: readonly string[];
}

function CloseForm({ data, report, denominations }: FormProps) {
  const session = report.session;
  const currency = report.currency;
  const fm = (amount: string) => formatMoney(amount, currency, undefined, report.currency_decimals);
  // A rescue session has no drawer of its own: the server takes its cash as expected.
  const countsCash = session.cash_control && !session.rescue;
  const [typed, setTyped] = useState(() => initialCounts(data, countsCash));
  const [notes, setNotes] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [cancelDrafts, setCancelDrafts] = useState(false);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const [counting, setCounting] = useState(false);
  const [, navigate] = useLocation();

  if (session.state === 'closed')
    return (
      <>
        <PageHeader
          back={{ href: `/sessions/${session.id}`, label: session.name }}
          title={`Close ${session.name}`}
        />
        <Notice tone="info">This session is closed.</Notice>
      </>
    );

  const check = checkClosing(data, typed);
  const needsConfirmation = check.ok && check.comparison.needsConfirmation;
  const drafts = data.draft_orders.length > 0;
  const canClose = check.ok && (!needsConfirmation || confirmed) && (!drafts || cancelDrafts) && !busy;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!check.ok || !canClose) return;
    setBusy(true);
    setFailure(null);
    const r = await closeSession(session.id, closeBody(check.counted, notes, confirmed, cancelDrafts));
    setBusy(false);
    if (r.ok) navigate(`/sessions/${session.id}?closed=1`);
    else setFailure(r.error);
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <PageHeader
        back={{ href: `/sessions/${session.id}`, label: session.name }}
        title={`Close ${session.name}`}
        subtitle={`${session.shop_name} · ${data.orders_count.toLocaleString()} orders · ${fm(data.orders_total)}`}
      />
      {session.rescue ? (
        <Notice tone="info">
          A rescue session has no drawer of its own: its amounts are taken as expected. Check its orders, then
          close it.
        </Notice>
      ) : null}
      <FailureNotice failure={failure} />

      <section className="card section">
        <h2>Count</h2>
        <table className="data-table closing-table">
          <thead>
            <tr>
              <th>Method</th>
              <th className="num">Expected</th>
              <th className="num">Counted</th>
              <th className="num">Difference</th>
            </tr>
          </thead>
          <tbody>
            {data.methods.map((m) => {
              const key = String(m.method_id);
              const diff = check.ok
                ? check.comparison.differences.find((d) => d.method_id === key)?.difference
                : undefined;
              const error = !check.ok && check.methodId === m.method_id ? check.message : undefined;
              return (
                <tr key={key}>
                  <td>
                    <div className="method-name">{m.name}</div>
                    {m.cash ? (
                      <div className="muted small">
                        Opening {fm(m.cash.opening)} + payments {fm(m.cash.payments)} + in{' '}
                        {fm(m.cash.cash_in)} − out {fm(m.cash.cash_out)}
                      </div>
                    ) : (
                      <div className="muted small">{m.payment_count} payment(s)</div>
                    )}
                  </td>
                  <td className="num">
                    <Money amount={m.expected} currency={currency} decimals={report.currency_decimals} />
                  </td>
                  <td className="num counted-cell">
                    <input
                      aria-label={`Counted ${m.name}`}
                      inputMode="decimal"
                      value={typed[key] ?? ''}
                      placeholder="0.00"
                      aria-invalid={error ? true : undefined}
                      onChange={(e) => setTyped({ ...typed, [key]: e.target.value })}
                    />
                    {error ? <div className="field-error">{error}</div> : null}
                    {m.kind === 'cash' && countsCash && denominations.length ? (
                      <button
                        type="button"
                        className="link-button counter-toggle"
                        onClick={() => setCounting(!counting)}
                      >
                        {counting ? 'Hide the coins and bills' : 'Count coins and bills'}
                      </button>
                    ) : null}
                  </td>
                  <td className="num">
                    {diff ? (
                      <span
                        className={diff.isZero() ? 'muted' : diff.isNegative() ? 'money negative' : 'money'}
                      >
                        {fm(diff.toFixed())}
                      </span>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {counting ? (
          <CashCounter
            denominations={denominations}
            currency={currency}
            decimals={report.currency_decimals}
            onUse={(total, breakdown) => {
              const cash = data.methods.find((m) => m.kind === 'cash');
              if (cash) setTyped({ ...typed, [String(cash.method_id)]: total });
              if (breakdown) setNotes(notes.trim() ? `${notes.trim()}\n${breakdown}` : breakdown);
              setCounting(false);
            }}
          />
        ) : null}
      </section>

      <section className="card section">
        <Field label="Notes" hint="Why the count differs, who counted, anything the next person should know.">
          <textarea value={notes} onChange={(e) => setNotes(e.target.value)} maxLength={5000} />
        </Field>
        {drafts ? (
          <div className="decision">
            <p>
              {data.draft_orders.length} unpaid order(s) are still open:{' '}
              {data.draft_orders.map((d) => d.receipt_number).join(', ')}.
            </p>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={cancelDrafts}
                onChange={(e) => setCancelDrafts(e.target.checked)}
              />
              Cancel them and close
            </label>
          </div>
        ) : null}
        {needsConfirmation && check.ok ? (
          <div className="decision warning">
            <p>
              The count differs by {fm(check.comparison.largest.toFixed())}, more than the{' '}
              {fm(data.max_difference)} this shop allows.
            </p>
            <label className="checkbox">
              <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />I
              confirm the difference
            </label>
          </div>
        ) : null}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={!canClose}>
            {busy ? 'Closing…' : 'Close session'}
          </button>
          <Link href={`/sessions/${session.id}`}>Cancel</Link>
        </div>
      </section>
    </form>
  );
}
