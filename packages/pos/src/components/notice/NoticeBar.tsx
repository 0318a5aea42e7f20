import { useEffect } from 'react';
import { useApp, useAppState } from '../../state/hooks.ts';
import './notice.css';

/** The last message for the cashier; information fades after a while, errors stay until closed. */
export function NoticeBar() {
  const app = useApp();
  const { notice } = useAppState();
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => app.dismissNotice(), 6000);
    return () => clearTimeout(timer);
  }, [app, notice]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <span>{notice.text}</span>
      <button className="btn-ghost" onClick={() => app.dismissNotice()} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
