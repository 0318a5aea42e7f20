import { useState } from 'react';
import { Dialog } from '../../components/dialog/Dialog.tsx';
import { showMoney } from '../../components/money/money.ts';
import { Receipt } from '../../components/receipt/Receipt.tsx';
import { receiptOf } from '../../components/receipt/receipt-data.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { useApp } from '../../state/hooks.ts';
import { Icon } from '../../components/icon/Icon.tsx';

const SYNC_LABEL = {
  none: 'unpaid',
  waiting: 'waiting to be sent',
  sent: 'sent',
  rejected: 'refused by the server',
} as const;

/** This session's orders on this device, whatever the network: reprint works offline. */
export function DeviceOrders({ orders }: { orders: readonly TillOrder[] }) {
  const app = useApp();
  const [printing, setPrinting] = useState<TillOrder | null>(null);
  const paid = orders.filter((o) => o.state === 'paid');
  if (paid.length === 0) return null;
  return (
    <section className="device-orders">
      <h2>Paid on this device in this session</h2>
      <table className="orders-table">
        <tbody>
          {paid.map((o) => (
            <tr key={o.uid}>
              <td>{o.receipt_number}</td>
              <td>{o.sold_at ? new Date(o.sold_at).toLocaleTimeString([], { timeStyle: 'short' }) : ''}</td>
              <td className="num money">
                {o.totals ? showMoney(o.totals.total_due, app.catalog.currency) : ''}
              </td>
              <td>{SYNC_LABEL[o.sync_state]}</td>
              <td>
                <button onClick={() => setPrinting(o)}>Reprint</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {printing && (
        <Dialog
          title={`Reprint ${printing.receipt_number}`}
          onClose={() => setPrinting(null)}
          footer={
            <button className="btn-primary" onClick={() => window.print()}>
              <Icon name="printer" />
              Print
            </button>
          }
        >
          <Receipt data={receiptOf(printing, app.catalog)} currency={app.catalog.currency} />
        </Dialog>
      )}
    </section>
  );
}
