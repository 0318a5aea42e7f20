import { useCallback, useEffect, useState } from 'react';
import type { ShopSummary } from '../../api/types.ts';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useApp, useAppState } from '../../state/hooks.ts';
import { ShopCard } from './ShopCard.tsx';
import './shops.css';

/** The shops dashboard: New Session, Continue Selling, or a closing in progress. */
export function ShopsScreen() {
  const app = useApp();
  const { user } = useAppState();
  const [shops, setShops] = useState<readonly ShopSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    const answer = await app.api.shops();
    if (answer.ok) setShops(answer.value);
    else setError(answer.error.message);
  }, [app]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <div className="screen">
      <AppHeader
        title="Shops"
        right={
          <button
            onClick={() => {
              const waiting = app.outbox.status.waiting;
              if (
                waiting > 0 &&
                !window.confirm(
                  `${waiting} paid order(s) still wait to be sent. Logged out, this device cannot send them. Log out anyway?`,
                )
              )
                return;
              void app.logout();
            }}
            title="Log this device out"
          >
            {user?.name ?? 'Log out'} · Log out
          </button>
        }
      />
      <main className="screen-body shops-body">
        <div className="shops-head">
          <h1>Choose a shop</h1>
          <button onClick={() => void refresh()}>Refresh</button>
        </div>
        {error && (
          <p className="error-text" role="alert">
            The shops could not be listed: {error}
          </p>
        )}
        {shops === null && !error && <p className="muted">Loading the shops…</p>}
        {shops?.length === 0 && (
          <p className="muted">
            You have rights on no shop. Ask a manager to give you access in the back office.
          </p>
        )}
        <div className="shops-grid">
          {shops?.map((shop) => (
            <ShopCard key={shop.id} shop={shop} />
          ))}
        </div>
      </main>
    </div>
  );
}
