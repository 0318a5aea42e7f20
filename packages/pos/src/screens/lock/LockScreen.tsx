import { useState } from 'react';
import type { TillEmployee } from '@till/core';
import { LoadProgress } from '../../components/progress/LoadProgress.tsx';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { useKeyboard } from '../../device/use-keyboard.ts';
import { useApp, useAppState, useCatalogVersion } from '../../state/hooks.ts';
import { PinPad } from './PinPad.tsx';
import './lock.css';

/** Who sells now: choose a cashier and type the PIN, or scan a badge. */
export function LockScreen() {
  const app = useApp();
  const { session, load } = useAppState();
  useCatalogVersion();
  const [chosen, setChosen] = useState<TillEmployee | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const employees = [...app.catalog.employees].sort((a, b) => a.name.localeCompare(b.name));

  useKeyboard(
    {
      onScan: (code) => {
        if (!app.unlockWithBadge(code)) setMessage(`No cashier has the badge ${code}.`);
      },
    },
    chosen === null,
  );

  return (
    <div className="screen lock-screen">
      <AppHeader title={session?.session.name ?? ''} />
      <main className="screen-body lock-body">
        {chosen ? (
          <PinPad employee={chosen} onBack={() => setChosen(null)} />
        ) : (
          <section className="lock-choose">
            <h1>Who is selling?</h1>
            <p className="muted">Choose your name, or scan your badge.</p>
            {message && (
              <p className="error-text" role="alert">
                {message}
              </p>
            )}
            <LoadProgress load={load} />
            {load?.error && session && (
              <button onClick={() => void app.loader.start(session.shop_id)}>Try loading again</button>
            )}
            {employees.length === 0 && !load?.error && (
              <p className="muted">
                {load?.running
                  ? 'Loading the cashiers…'
                  : 'No cashier may sell in this shop: add employees in the back office.'}
              </p>
            )}
            <div className="lock-grid">
              {employees.map((e) => (
                <button key={e.id} className="lock-employee" onClick={() => setChosen(e)}>
                  <span className="lock-avatar" aria-hidden>
                    {initials(e.name)}
                  </span>
                  <span className="lock-name">{e.name}</span>
                  <span className="muted lock-role">{e.role === 'manager' ? 'Manager' : 'Cashier'}</span>
                </button>
              ))}
            </div>
          </section>
        )}
      </main>
    </div>
  );
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}
