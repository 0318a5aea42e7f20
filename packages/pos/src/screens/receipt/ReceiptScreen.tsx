import { useEffect } from 'react';
import { showMoney } from '../../components/money/money.ts';
import { Receipt } from '../../components/receipt/Receipt.tsx';
import { receiptOf } from '../../components/receipt/receipt-data.ts';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useKeyboard } from '../../device/use-keyboard.ts';
import { useApp, useOrdersState } from '../../state/hooks.ts';
import './receipt-screen.css';
import { Icon } from '../../components/icon/Icon.tsx';

/** The order is paid (and safe on the device): print the receipt, then the next customer. */
export function ReceiptScreen() {
  const app = useApp();
  const { lastPaid } = useOrdersState();
  useEffect(() => {
    if (!lastPaid && app.state.get().screen.name === 'receipt') app.go({ name: 'sell' });
  }, [app, lastPaid]);
  const next = () => {
    void app.orders.startNext(app.state.get().employee?.id ?? null);
    app.go({ name: 'sell' });
  };
  useKeyboard({ onScan: () => {}, onKey: (k) => k === 'Enter' && next() });
  if (!lastPaid) return null;
  const data = receiptOf(lastPaid, app.catalog);
  const currency = app.catalog.currency;

  return (
    <div className="screen">
      <AppHeader title={lastPaid.receipt_number} />
      <main className="receipt-body">
        <section className="receipt-side">
          <div className="receipt-done" role="status">
            <span className="receipt-check" aria-hidden>
              ✓
            </span>
            <div>
              <strong>Paid {showMoney(data.total.abs(), currency)}</strong>
              {!data.change.isZero() && (
                <div className="receipt-change">
                  Change <span className="money">{showMoney(data.change, currency)}</span>
                </div>
              )}
            </div>
          </div>
          <p className="muted">
            The order is saved on this device and will be sent to the server
            {app.outbox.status.online ? '' : ' when the network is back'}.
          </p>
          <button className="btn-big" onClick={() => window.print()}>
            <Icon name="printer" />
            Print receipt
          </button>
          <button className="btn-primary btn-big receipt-next" onClick={next} autoFocus>
            New Order
          </button>
        </section>
        <section className="receipt-paper">
          <Receipt data={data} currency={currency} />
        </section>
      </main>
    </div>
  );
}
