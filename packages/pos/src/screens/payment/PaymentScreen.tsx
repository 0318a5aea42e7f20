import { useEffect, useMemo, useState } from 'react';
import { dec, describePaymentError, ZERO } from '@till/core';
import { Numpad } from '../../components/numpad/Numpad.tsx';
import {
  FRESH,
  keypadKeyOf,
  type NumpadInput,
  type NumpadKey,
} from '../../components/numpad/numpad-input.ts';
import { showMoney } from '../../components/money/money.ts';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useKeyboard } from '../../device/use-keyboard.ts';
import { computeTillOrder } from '../../order/compute-till-order.ts';
import { markPaid, removePayment } from '../../order/edit-payments.ts';
import type { EditContext } from '../../order/edit-order.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { useApp, useCatalogVersion, useOrdersState } from '../../state/hooks.ts';
import { useLatestState } from '../../state/use-latest-state.ts';
import { PaymentLines } from './PaymentLines.tsx';
import { addBankNote, chooseMethod, typePaymentKey, type PaymentEntry } from './payment-keys.ts';
import './payment.css';
import { Icon } from '../../components/icon/Icon.tsx';

const KIND_ICON = { cash: 'cash', bank: 'card', pay_later: 'account' } as const;

/** Payment: methods, amounts, change; Validate commits the order to the device before anything else. */
export function PaymentScreen() {
  const app = useApp();
  const { drafts, currentUid } = useOrdersState();
  const order = drafts.find((o) => o.uid === currentUid) ?? null;
  // No order to pay (it was just paid, or cancelled elsewhere): back to selling, unless the
  // app has already moved on (to the receipt).
  useEffect(() => {
    if (!order && app.state.get().screen.name === 'payment') app.go({ name: 'sell' });
  }, [app, order]);
  return order ? <PaymentView order={order} /> : null;
}

function PaymentView({ order }: { order: TillOrder }) {
  const app = useApp();
  const { catalog } = app;
  const version = useCatalogVersion();
  const [selected, setSelected, readSelected] = useLatestState<string | null>(null);
  const [, setInput, readInput] = useLatestState<NumpadInput>(FRESH);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const computed = useMemo(() => (void version, computeTillOrder(order, catalog)), [order, catalog, version]);

  const currency = catalog.currency;
  const refund = computed.total_due.isNegative();
  const settled = computed.payment.state === 'settled' ? computed.payment : null;
  const remaining = settled?.remaining ?? ZERO;
  const canValidate = settled !== null && remaining.isZero() && !busy;

  const apply = (change: (entry: PaymentEntry, ctx: EditContext) => PaymentEntry) => {
    let next: PaymentEntry | null = null;
    app.orders.update(order.uid, (o, ctx) => {
      next = change({ order: o, selected: readSelected(), input: readInput(), problem: null }, ctx);
      return next.order;
    });
    const result = next as PaymentEntry | null;
    if (!result) return;
    setSelected(result.selected);
    setInput(result.input);
    setProblem(result.problem);
  };

  const pressKey = (key: NumpadKey) => apply((e, ctx) => typePaymentKey(e, key, refund, ctx));

  const validate = async () => {
    if (busy) return;
    setBusy(true);
    const latest = app.orders.current();
    const result = latest ? markPaid(latest, app.orders.editContext()) : null;
    if (!result || !result.ok) {
      setBusy(false);
      setProblem(result && result.error.type !== 'empty' ? result.error.message : 'The order is empty.');
      return;
    }
    try {
      await app.orders.commitPaid(result.order);
    } catch (e) {
      setBusy(false);
      setProblem(
        `The order could not be saved on this device, so it is not paid: ${e instanceof Error ? e.message : String(e)}`,
      );
      return;
    }
    app.outbox.kick();
    app.go({ name: 'receipt' });
  };

  useKeyboard({
    // An amount typed fast and Enter looks like a scan: it is the amount, then Validate.
    onScan: (code) => {
      for (const ch of code) {
        const padKey = keypadKeyOf(ch);
        if (padKey) pressKey(padKey);
      }
      void validate();
    },
    onKey: (key) => {
      if (key === 'Enter') return void validate();
      if (key === 'Escape') return app.go({ name: 'sell' });
      const padKey = keypadKeyOf(key);
      if (padKey) pressKey(padKey);
    },
  });

  const notes = ['10', '20', '50'].map((n) => ({
    label: `+${n}`,
    onClick: () => apply((e, ctx) => addBankNote(e, refund ? dec(n).negated() : dec(n), ctx)),
  }));

  return (
    <div className="screen payment-screen">
      <AppHeader
        title={`Payment · ${order.receipt_number}`}
        right={<button onClick={() => app.go({ name: 'sell' })}>← Back to the order</button>}
      />
      <main className="payment-body">
        <section className="payment-methods" aria-label="Payment methods">
          <h2>{refund ? 'Pay back with' : 'Pay with'}</h2>
          {catalog.paymentMethods.map((m) => (
            <button
              key={m.id}
              className="payment-method"
              onClick={() => apply((e, ctx) => chooseMethod(e, m.id, remaining, ctx))}
            >
              <Icon name={KIND_ICON[m.kind]} size={24} /> {m.name}
            </button>
          ))}
          {catalog.paymentMethods.length === 0 && (
            <p className="muted">No payment method is set up for this shop.</p>
          )}
        </section>
        <section className="payment-center">
          <div className="payment-due">
            <span>{refund ? 'To pay back' : 'Total due'}</span>
            <strong className="money">
              {showMoney(refund ? computed.total_due.negated() : computed.total_due, currency)}
            </strong>
          </div>
          <div className="payment-summary">
            {computed.payment.state === 'refused' ? (
              <p className="error-text">{capitalize(describePaymentError(computed.payment.error))}.</p>
            ) : (
              <>
                <div className={!remaining.isZero() ? 'payment-remaining' : 'payment-settled'}>
                  <span>{refund ? 'Still to pay back' : 'Remaining'}</span>
                  <strong className="money">{showMoney(remaining.abs(), currency)}</strong>
                </div>
                <div className="payment-change">
                  <span>Change</span>
                  <strong className="money" data-testid="change">
                    {showMoney(settled?.change ?? ZERO, currency)}
                  </strong>
                </div>
              </>
            )}
            {problem && (
              <p className="error-text" role="alert">
                {problem}
              </p>
            )}
          </div>
          <PaymentLines
            order={order}
            selected={selected}
            refund={refund}
            onSelect={(uid) => (setSelected(uid), setInput(FRESH))}
            onRemove={(uid) =>
              apply((e, ctx) => ({
                ...e,
                selected: null,
                input: FRESH,
                order: removePayment(e.order, ctx, uid),
              }))
            }
          />
        </section>
        <section className="payment-pad">
          <Numpad onKey={pressKey} side={notes} />
          <button
            className="btn-primary btn-big payment-validate"
            disabled={!canValidate}
            onClick={() => void validate()}
          >
            {busy ? 'Saving…' : 'Validate'}
          </button>
        </section>
      </main>
    </div>
  );
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
