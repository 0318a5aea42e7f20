import { useState } from 'react';
import type { ClosingDraftOrder } from '../../api/types.ts';
import { Dialog } from '../../components/dialog/Dialog.tsx';
import type { TillOrder } from '../../order/till-order.ts';

/** Unpaid orders block the closing: settle them or cancel them, knowingly, never silently. */
export function UnpaidOrders(props: {
  local: readonly TillOrder[];
  remote: readonly ClosingDraftOrder[];
  onOpen: (uid: string) => void;
  onCancel: (uids: readonly string[]) => Promise<void>;
}) {
  const [confirm, setConfirm] = useState<readonly string[] | null>(null);
  const localUids = new Set(props.local.map((o) => o.uid));
  const remote = props.remote.filter((o) => !o.uid || !localUids.has(o.uid));
  if (props.local.length === 0 && remote.length === 0) return null;
  return (
    <div className="closing-box closing-warn">
      <h2>
        {props.local.length + remote.length} unpaid order{props.local.length + remote.length === 1 ? '' : 's'}
      </h2>
      <p>Settle or cancel each unpaid order before closing.</p>
      <ul className="closing-list">
        {props.local.map((o) => (
          <li key={o.uid}>
            <span>
              {o.receipt_number} · {o.lines.length} line{o.lines.length === 1 ? '' : 's'}
              {o.customer_name ? ` · ${o.customer_name}` : ''}
            </span>
            <button onClick={() => props.onOpen(o.uid)}>Open</button>
            <button onClick={() => setConfirm([o.uid])}>Cancel</button>
          </li>
        ))}
        {remote.map((o, i) => (
          <li key={o.uid ?? o.id ?? i}>
            <span>{o.receipt_number ?? o.uid ?? `#${o.id}`} · on another device</span>
          </li>
        ))}
      </ul>
      {props.local.length > 1 && (
        <button onClick={() => setConfirm(props.local.map((o) => o.uid))}>
          Cancel all {props.local.length} unpaid orders of this device
        </button>
      )}
      {remote.length > 0 && (
        <p className="muted">Orders unpaid on other devices must be settled or cancelled there.</p>
      )}
      {confirm && (
        <Dialog
          title="Cancel unpaid orders?"
          onClose={() => setConfirm(null)}
          footer={
            <>
              <button onClick={() => setConfirm(null)}>Keep them</button>
              <button
                className="btn-danger"
                onClick={() => void props.onCancel(confirm).then(() => setConfirm(null))}
              >
                Cancel {confirm.length} order{confirm.length === 1 ? '' : 's'}
              </button>
            </>
          }
        >
          <p>
            {confirm.length === 1 ? 'This order is' : 'These orders are'} not paid. Cancelled orders stay on
            this device, marked cancelled; nothing is charged.
          </p>
        </Dialog>
      )}
    </div>
  );
}
