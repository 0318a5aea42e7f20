import { useEffect, useRef, useState } from 'react';
import type { TillOrder } from '../../order/till-order.ts';
import { hoursMinutes } from '../../order/clock.ts';
import { exportFileName, exportOrders, importOrders } from '../../outbox/export-orders.ts';
import { rejectedOrders, requeue, waitingOrders } from '../../outbox/outbox.ts';
import { useApp, useAppState, useOutboxStatus } from '../../state/hooks.ts';
import { Dialog } from '../dialog/Dialog.tsx';

/** The back-office login expired while selling: log in again here, the screen stays. */
function Relogin() {
  const app = useApp();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="relogin"
      onSubmit={(e) => {
        e.preventDefault();
        void app.relogin(login, password).then(setError);
      }}
    >
      <p className="error-text">The back-office login has expired: log in again so the orders can be sent.</p>
      <input
        aria-label="Login"
        value={login}
        onChange={(e) => setLogin(e.target.value)}
        autoComplete="username"
      />
      <input
        aria-label="Password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        autoComplete="current-password"
      />
      <button className="btn-primary">Log in</button>
      {error && <p className="error-text">{error}</p>}
    </form>
  );
}

/** The outbox in detail: what waits and why, send now, export/import orders as a file. */
export function StatusPanel({ onClose }: { onClose: () => void }) {
  const app = useApp();
  const status = useOutboxStatus();
  const { persisted } = useAppState();
  const [orders, setOrders] = useState<TillOrder[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([waitingOrders(app.db), rejectedOrders(app.db)]).then(
      ([w, r]) => live && setOrders([...r, ...w]),
    );
    return () => {
      live = false;
    };
  }, [app, status]);

  const download = async () => {
    const now = new Date();
    const data = await exportOrders(app.db, now);
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(now);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(
      `${data.orders.length} order${data.orders.length === 1 ? '' : 's'} exported to ${a.download}.`,
    );
  };

  const upload = async (chosen: File | undefined) => {
    if (!chosen) return;
    const result = await importOrders(app.db, await chosen.text());
    if (!result.ok) return setMessage(result.error);
    if (app.session) await app.orders.loadSession(app.session.session.id);
    await app.outbox.refresh();
    app.outbox.kick();
    setMessage(
      `${result.added} order${result.added === 1 ? '' : 's'} imported (${result.paid} paid, ${result.unpaid} unpaid); ${result.alreadyHere} already on this device.`,
    );
  };

  const retryRefused = async () => {
    await requeue(app.db, ['rejected']);
    await app.outbox.refresh();
    app.outbox.kick();
  };

  return (
    <Dialog
      title="Connection and outbox"
      onClose={onClose}
      size="wide"
      footer={
        <>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            hidden
            onChange={(e) => void upload(e.target.files?.[0])}
          />
          <button onClick={() => file.current?.click()}>Import orders…</button>
          <button onClick={() => void download()}>Export unpaid and waiting orders</button>
          {status.rejected > 0 && (
            <button onClick={() => void retryRefused()}>Send refused orders again</button>
          )}
          <button className="btn-primary" onClick={() => app.outbox.kick()} disabled={status.sending}>
            {status.sending ? 'Sending…' : 'Send now'}
          </button>
        </>
      }
    >
      <p>
        {status.online
          ? 'The server answers.'
          : 'The server cannot be reached: the till keeps selling and sends the orders when it can.'}{' '}
        {status.lastError && <span className="muted">Last error: {status.lastError}</span>}
      </p>
      {status.needsLogin && <Relogin />}
      {persisted === false && (
        <p className="error-text">
          The browser did not promise to keep this till’s storage: install the till as an app, or send the
          orders soon.
        </p>
      )}
      {orders.length === 0 ? (
        <p className="muted">No order waits: every paid order has reached the server.</p>
      ) : (
        <table className="status-table">
          <thead>
            <tr>
              <th>Receipt</th>
              <th>Paid at</th>
              <th>State</th>
              <th>Tries</th>
              <th>Last error</th>
            </tr>
          </thead>
          <tbody>
            {orders.map((o) => (
              <tr key={o.uid}>
                <td>{o.receipt_number}</td>
                <td>{o.queued_at ? hoursMinutes(o.queued_at) : ''}</td>
                <td>{o.sync_state === 'rejected' ? 'refused' : 'waiting'}</td>
                <td>{o.sync.attempts}</td>
                <td className="muted">{o.sync.last_error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {message && <p role="status">{message}</p>}
    </Dialog>
  );
}
