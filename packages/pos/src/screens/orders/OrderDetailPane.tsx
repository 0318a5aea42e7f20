import { useEffect, useMemo, useState } from 'react';
import { dec, ZERO, type Decimal, type RefundLine } from '@till/core';
import type { OrderDetail } from '../../api/types.ts';
import { Dialog } from '../../components/dialog/Dialog.tsx';
import { showMoney, showQty } from '../../components/money/money.ts';
import { Receipt } from '../../components/receipt/Receipt.tsx';
import { receiptOf } from '../../components/receipt/receipt-data.ts';
import { buildRefund, pendingRefundLines, refundableOf } from '../../order/refund.ts';
import { customerNameOf, orderFromDetail, soldLines } from '../../order/server-order.ts';
import { useApp, useAppState } from '../../state/hooks.ts';
import { Icon } from '../../components/icon/Icon.tsx';

/** One past order: its lines, reprint, and the refund (quantities never above what is left). */
export function OrderDetailPane({ orderId }: { orderId: number }) {
  const app = useApp();
  const { employee } = useAppState();
  const [detail, setDetail] = useState<OrderDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<RefundLine[]>([]);
  const [quantities, setQuantities] = useState<Record<string, Decimal>>({});
  const [printing, setPrinting] = useState(false);

  useEffect(() => {
    void app.api.order(orderId).then((a) => (a.ok ? setDetail(a.value) : setError(a.error.message)));
    void app.db.orders.toArray().then((all) => setPending(pendingRefundLines(all)));
  }, [app, orderId]);

  const lines = useMemo(() => (detail ? soldLines(detail, app.catalog) : []), [detail, app.catalog]);
  if (error) return <p className="error-text">This order could not be read: {error}</p>;
  if (!detail) return <p className="muted">Loading the order…</p>;
  const currency = app.catalog.currency;

  const startRefund = async () => {
    const draft = await app.orders.newOrder(employee?.id ?? null);
    const ctx = app.orders.editContext();
    const built = buildRefund(draft, detail, new Map(Object.entries(quantities)), pending, app.catalog, ctx);
    if (!built.ok) {
      await app.orders.cancel(draft.uid);
      setError(built.error);
      return;
    }
    await app.orders.adopt(built.order);
    app.go({ name: 'sell' });
  };

  const chosenCount = Object.values(quantities).filter((q) => q.gt(0)).length;

  return (
    <div className="order-detail">
      <header className="order-detail-head">
        <div>
          <h2>{detail.receipt_number}</h2>
          <p className="muted">
            {new Date(detail.sold_at).toLocaleString()}{' '}
            {customerNameOf(detail, app.catalog) ? `· ${customerNameOf(detail, app.catalog)}` : ''} ·{' '}
            {detail.state}
          </p>
        </div>
        <strong className="money order-detail-total">{showMoney(detail.total_included, currency)}</strong>
      </header>
      <table className="orders-table refund-table">
        <thead>
          <tr>
            <th>Product</th>
            <th className="num">Sold</th>
            <th className="num">Price</th>
            <th className="num">Can refund</th>
            <th className="num">Refund</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const left = refundableOf(l, pending);
            const q = quantities[l.uid] ?? ZERO;
            const set = (v: Decimal) => setQuantities((all) => ({ ...all, [l.uid]: clampQty(v, left) }));
            return (
              <tr key={l.uid}>
                <td>{l.product_name}</td>
                <td className="num">{showQty(l.qty)}</td>
                <td className="num money">{showMoney(l.price_unit, currency)}</td>
                <td className="num">{showQty(left.toString())}</td>
                <td className="num refund-qty">
                  <button
                    onClick={() => set(q.minus(1))}
                    disabled={q.lte(0)}
                    aria-label={`One less ${l.product_name}`}
                  >
                    −
                  </button>
                  <span>{showQty(q.toString())}</span>
                  <button
                    onClick={() => set(q.plus(1))}
                    disabled={q.gte(left)}
                    aria-label={`One more ${l.product_name}`}
                  >
                    +
                  </button>
                  <button onClick={() => set(left)} disabled={left.isZero()}>
                    All
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="order-detail-actions">
        <button className="btn-big" onClick={() => setPrinting(true)}>
          <Icon name="printer" />
          Reprint
        </button>
        <button
          className="btn-primary btn-big"
          disabled={chosenCount === 0}
          onClick={() => void startRefund()}
        >
          Refund {chosenCount > 0 ? `${chosenCount} line${chosenCount === 1 ? '' : 's'}` : ''}
        </button>
      </div>
      {printing && (
        <Dialog
          title={`Reprint ${detail.receipt_number}`}
          onClose={() => setPrinting(false)}
          footer={
            <button className="btn-primary" onClick={() => window.print()}>
              <Icon name="printer" />
              Print
            </button>
          }
        >
          <Receipt data={receiptOf(orderFromDetail(detail, app.catalog), app.catalog)} currency={currency} />
        </Dialog>
      )}
    </div>
  );
}

/** Keeps a refund quantity between zero and what is left (a whole-unit step may overshoot a 0.5 left). */
function clampQty(v: Decimal, max: Decimal): Decimal {
  if (v.lt(0)) return dec(0);
  return v.gt(max) ? max : v;
}
