import { useState } from 'react';
import { hoursMinutes } from '../../order/clock.ts';
import { useBrowserOnline, useOutboxStatus } from '../../state/hooks.ts';
import { StatusPanel } from './StatusPanel.tsx';
import './status.css';

/** Always on screen: online or not, and how many paid orders wait for the server since when. */
export function StatusIndicator() {
  const status = useOutboxStatus();
  const browserOnline = useBrowserOnline();
  const [open, setOpen] = useState(false);
  const online = browserOnline && status.online;
  const tone =
    !online || status.needsLogin || status.rejected > 0 ? 'bad' : status.waiting > 0 ? 'warn' : 'good';
  const waiting =
    status.waiting > 0
      ? `${status.waiting} order${status.waiting === 1 ? '' : 's'} waiting${status.oldestQueuedAt ? ` since ${hoursMinutes(status.oldestQueuedAt)}` : ''}`
      : null;
  return (
    <>
      <button
        className={`status-pill status-${tone}`}
        onClick={() => setOpen(true)}
        title="Connection and orders waiting to be sent"
      >
        <span className="status-dot" aria-hidden />
        <span>{online ? 'Online' : 'Offline'}</span>
        {waiting && <span className="status-waiting">· {waiting}</span>}
        {status.rejected > 0 && <span className="status-waiting">· {status.rejected} refused</span>}
        {status.needsLogin && <span className="status-waiting">· log in to send</span>}
      </button>
      {open && <StatusPanel onClose={() => setOpen(false)} />}
    </>
  );
}
