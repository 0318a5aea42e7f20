import { useState } from 'react';
import { checkTypedCounts, dec, formatAmount } from '@till/core';
import type { ClosingData } from '../../api/types.ts';
import { CashCounter } from '../../components/cash-counter/CashCounter.tsx';
import { Dialog } from '../../components/dialog/Dialog.tsx';
import { showMoney } from '../../components/money/money.ts';
import { useApp, useAppState } from '../../state/hooks.ts';
import { Icon } from '../../components/icon/Icon.tsx';

/** The count: expected per method (from the server), counted, difference; notes; Close Session. */
export function CloseForm({ data, blocked }: { data: ClosingData; blocked: boolean }) {
  const app = useApp();
  const { employee } = useAppState();
  const currency = app.catalog.currency;
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      data.methods
        .filter((m) => m.kind !== 'cash')
        .map((m) => [String(m.method_id), formatAmount(dec(m.expected), currency)]),
    ),
  );
  const [notes, setNotes] = useState('');
  const [counting, setCounting] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const compared = checkTypedCounts(data, typed);
  const session = app.session!;
  const cashTyped = data.methods
    .filter((m) => m.kind === 'cash')
    .every((m) => (typed[String(m.method_id)] ?? '').trim() !== '');

  const [remoteDrafts, setRemoteDrafts] = useState<string | null>(null);
  const [draftsChoice, setDraftsChoice] = useState<'refuse' | 'cancel'>('refuse');
  const cashMethod = data.methods.find((m) => m.kind === 'cash');
  const cash = data.cash ?? cashMethod?.cash ?? null;

  const close = async (confirmDifference: boolean, drafts: 'refuse' | 'cancel' = draftsChoice) => {
    if (!compared.ok) return;
    if (compared.comparison.needsConfirmation && !confirmDifference) return setConfirming(true);
    setBusy(true);
    setError(null);
    const counted = Object.fromEntries(
      data.methods.map((m) => [
        String(m.method_id),
        formatAmount(
          compared.counted[String(m.method_id)] ?? (m.kind === 'cash' ? dec(0) : dec(m.expected)),
          currency,
        ),
      ]),
    );
    const answer = await app.api.closeSession(session.session.id, {
      counted,
      notes,
      confirm_difference: confirmDifference,
      drafts,
      // The server lets a manager employee confirm a difference from a cashier's login.
      ...(employee ? { employee_id: employee.id } : {}),
    });
    setBusy(false);
    if (answer.ok) return app.sessionClosed();
    const f = answer.error;
    setConfirming(false);
    if (f.type === 'http' && f.code === 'difference_needs_confirmation') {
      if (f.body.may_confirm === false)
        return setError(
          `${f.message} Lock the till and unlock it as a manager to close with this difference.`,
        );
      return setConfirming(true);
    }
    // Orders left unpaid on other devices (synced as drafts): cancelled only when asked.
    if (f.type === 'http' && f.code === 'draft_orders_open') return setRemoteDrafts(f.message);
    setError(f.message);
  };

  return (
    <section className="closing-box closing-count">
      <h2>Closing control</h2>
      <div className="closing-summary">
        <span>
          {data.orders_count} order{data.orders_count === 1 ? '' : 's'}
        </span>
        <strong className="money">{showMoney(data.orders_total, currency)}</strong>
      </div>
      {cash && (
        <p className="muted closing-cash">
          Cash: opening {showMoney(cash.opening, currency)} + payments {showMoney(cash.payments, currency)} +
          in {showMoney(cash.cash_in, currency)} − out {showMoney(cash.cash_out, currency)} ={' '}
          {showMoney(cash.expected ?? cashMethod?.expected ?? '0', currency)}
        </p>
      )}
      <table className="closing-table">
        <thead>
          <tr>
            <th>Payment method</th>
            <th className="num">Expected</th>
            <th className="num">Counted</th>
            <th className="num">Difference</th>
          </tr>
        </thead>
        <tbody>
          {data.methods.map((m) => {
            const key = String(m.method_id);
            // Nothing typed yet: no difference to show (closing still counts an empty drawer as zero).
            const typedHere = (typed[key] ?? '').trim() !== '';
            const diff =
              compared.ok && typedHere
                ? compared.comparison.differences.find((d) => d.method_id === key)?.difference
                : undefined;
            return (
              <tr key={key}>
                <td>
                  {m.name} <span className="muted">({m.payment_count})</span>
                </td>
                <td className="num money">{showMoney(m.expected, currency)}</td>
                <td className="num closing-counted">
                  <input
                    inputMode="decimal"
                    aria-label={`Counted ${m.name}`}
                    value={typed[key] ?? ''}
                    onChange={(e) => setTyped((t) => ({ ...t, [key]: e.target.value }))}
                  />
                  {m.kind === 'cash' && (
                    <button
                      onClick={() => setCounting(m.method_id)}
                      title="Count coins and bills"
                      aria-label="Count coins and bills"
                    >
                      <Icon name="calculator" />
                    </button>
                  )}
                </td>
                <td className={`num money${diff && !diff.isZero() ? ' closing-diff' : ''}`}>
                  {diff ? showMoney(diff, currency) : '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!compared.ok && (
        <p className="error-text">
          The amount counted for {compared.methodName} is not an amount (type it like 125.50).
        </p>
      )}
      {compared.ok && compared.comparison.needsConfirmation && cashTyped && (
        <p className="closing-over">
          The difference ({showMoney(compared.comparison.largest, currency)}) is above the{' '}
          {showMoney(data.max_difference, currency)} allowed: closing needs a confirmation
          {employee?.role === 'manager' ? '.' : ' by a manager.'}
        </p>
      )}
      <label>
        Closing notes
        <textarea rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button
        className="btn-primary btn-big"
        disabled={blocked || busy || !compared.ok}
        onClick={() => void close(false)}
      >
        {busy ? 'Closing…' : 'Close Session'}
      </button>
      {blocked && <p className="muted">Closing waits for the points above.</p>}
      {counting !== null && (
        <CashCounter
          denominations={app.catalog.shop?.denominations ?? []}
          currency={currency}
          onClose={() => setCounting(null)}
          onConfirm={(total, breakdown) => {
            setTyped((t) => ({ ...t, [String(counting)]: formatAmount(total, currency) }));
            setNotes((n) => (n ? `${n}\n` : '') + `Money details:\n${breakdown}`);
            setCounting(null);
          }}
        />
      )}
      {remoteDrafts && (
        <Dialog
          title="Unpaid orders on other devices"
          size="medium"
          onClose={() => setRemoteDrafts(null)}
          footer={
            <>
              <button onClick={() => setRemoteDrafts(null)}>Keep them: settle them first</button>
              <button
                className="btn-danger"
                disabled={busy}
                onClick={() => {
                  setDraftsChoice('cancel');
                  setRemoteDrafts(null);
                  void close(false, 'cancel');
                }}
              >
                Cancel them and close
              </button>
            </>
          }
        >
          <p>{remoteDrafts}</p>
        </Dialog>
      )}
      {confirming && compared.ok && (
        <Dialog
          title="Payments difference"
          size="medium"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <button onClick={() => setConfirming(false)}>Go back and count again</button>
              <button className="btn-danger" disabled={busy} onClick={() => void close(true)}>
                Close with this difference
              </button>
            </>
          }
        >
          <p>
            What was counted differs from what was expected by up to{' '}
            {showMoney(compared.comparison.largest, currency)}, more than the{' '}
            {showMoney(data.max_difference, currency)} allowed.
            {employee?.role === 'manager'
              ? ''
              : ' The server accepts this only from a manager: lock the till and let a manager close.'}
          </p>
        </Dialog>
      )}
    </section>
  );
}
