import { useState } from 'react';
import { formatAmount, parseDecimal } from '@till/core';
import type { ShopSummary } from '../../api/types.ts';
import { CashCounter } from '../../components/cash-counter/CashCounter.tsx';
import { LoadProgress } from '../../components/progress/LoadProgress.tsx';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useApp, useAppState, useCatalogVersion } from '../../state/hooks.ts';
import './opening.css';
import { Icon } from '../../components/icon/Icon.tsx';

/** Opening cash control: count the drawer, then open; the shop's data loads meanwhile. */
export function OpeningScreen({ shop }: { shop: ShopSummary }) {
  const app = useApp();
  const { load } = useAppState();
  useCatalogVersion();
  const loadedShop = app.catalog.shop?.id === shop.id ? app.catalog.shop : null;
  const currency = app.catalog.currency;
  const [cash, setCash] = useState('');
  const [notes, setNotes] = useState('');
  const [counting, setCounting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const amount = cash.trim() === '' ? parseDecimal('0') : parseDecimal(cash);
  const cashControl = loadedShop?.cash_control ?? true;

  const open = async () => {
    if (!amount || amount.isNegative())
      return setError('Type the cash in the drawer as an amount, e.g. 150.00.');
    setBusy(true);
    setError(await app.openSession(shop, formatAmount(amount, currency), notes));
    setBusy(false);
  };

  return (
    <div className="screen">
      <AppHeader
        title={shop.name}
        right={<button onClick={() => app.go({ name: 'shops' })}>Back to shops</button>}
      />
      <main className="screen-body center-page">
        <section className="card opening-card">
          <h1>Opening cash control</h1>
          <LoadProgress load={load} />
          {cashControl ? (
            <>
              <label>
                Cash in the drawer
                <div className="opening-cash">
                  <input
                    inputMode="decimal"
                    value={cash}
                    placeholder={formatAmount(parseDecimal('0')!, currency)}
                    onChange={(e) => setCash(e.target.value)}
                    autoFocus
                  />
                  <button
                    onClick={() => setCounting(true)}
                    disabled={!loadedShop}
                    title="Count coins and bills"
                  >
                    <Icon name="calculator" />
                    Count coins and bills
                  </button>
                </div>
              </label>
              {cash.trim() !== '' && !amount && <p className="error-text">“{cash}” is not an amount.</p>}
            </>
          ) : (
            <p className="muted">This shop does not count cash at opening.</p>
          )}
          <label>
            Opening note
            <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </label>
          {error && (
            <p className="error-text" role="alert">
              {error}
            </p>
          )}
          <button className="btn-primary btn-big" onClick={() => void open()} disabled={busy || !amount}>
            {busy ? 'Opening…' : 'Open session'}
          </button>
        </section>
      </main>
      {counting && loadedShop && (
        <CashCounter
          denominations={loadedShop.denominations}
          currency={currency}
          onClose={() => setCounting(false)}
          onConfirm={(total, breakdown) => {
            setCash(formatAmount(total, currency));
            setNotes((n) => (n ? `${n}\n` : '') + `Opening count:\n${breakdown}`);
            setCounting(false);
          }}
        />
      )}
    </div>
  );
}
