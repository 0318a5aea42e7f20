import { useState } from 'react';
import type { ShopSummary } from '../../api/types.ts';
import { useApp } from '../../state/hooks.ts';

const openedBy = (s: NonNullable<ShopSummary['session']>) =>
  s.opened_by === null ? '' : typeof s.opened_by === 'object' ? s.opened_by.name : String(s.opened_by);

const since = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' }) : '';

export function ShopCard({ shop }: { shop: ShopSummary }) {
  const app = useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const session = shop.session ?? null;

  const go = async () => {
    setBusy(true);
    setError(null);
    if (!session || session.state === 'closed') app.startOpening(shop);
    else setError(await app.continueSession(shop));
    setBusy(false);
  };

  let state = 'No session open';
  let action = 'New Session';
  let primary = true;
  if (session && session.state !== 'closed') {
    const who = openedBy(session);
    if (session.state === 'closing_control') {
      state = `${session.name}: closing in progress`;
      action = 'Finish closing';
      primary = false;
    } else if (session.state === 'opening_control') {
      state = `${session.name}: opening`;
      action = 'Continue Selling';
    } else {
      state = `${session.name} open${who ? ` by ${who}` : ''}${session.opened_at ? ` since ${since(session.opened_at)}` : ''}`;
      action = 'Continue Selling';
    }
  }

  return (
    <article className="card shop-card">
      <h2>{shop.name}</h2>
      <p className={session && session.state !== 'closed' ? 'shop-state shop-open' : 'shop-state'}>{state}</p>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button className={`btn-big ${primary ? 'btn-primary' : ''}`} onClick={() => void go()} disabled={busy}>
        {busy ? 'Please wait…' : action}
      </button>
    </article>
  );
}
