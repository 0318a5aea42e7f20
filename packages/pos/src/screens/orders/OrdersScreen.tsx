import { useCallback, useEffect, useState } from 'react';
import type { OrderSummary } from '../../api/types.ts';
import { AppHeader } from '../../components/top-bar/AppHeader.tsx';
import { sessionOrders } from '../../db/orders.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { useApp } from '../../state/hooks.ts';
import { DeviceOrders } from './DeviceOrders.tsx';
import { OrderDetailPane } from './OrderDetailPane.tsx';
import { OrderSearch, type OrderFilter } from './OrderSearch.tsx';
import { ServerOrders } from './ServerOrders.tsx';
import './orders.css';

const PAGE = 50;

/** Past orders: search by receipt number, date or customer; reprint; refund. */
export function OrdersScreen() {
  const app = useApp();
  const shopId = app.session?.shop_id;
  const [filter, setFilter] = useState<OrderFilter>({ receipt: '', customerId: null, from: '', to: '' });
  const [found, setFound] = useState<{ items: readonly OrderSummary[]; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const [local, setLocal] = useState<TillOrder[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);

  const search = useCallback(
    async (f: OrderFilter, from: number) => {
      setError(null);
      const answer = await app.api.orders({
        shop_id: shopId,
        receipt: f.receipt.trim() || undefined,
        customer_id: f.customerId ?? undefined,
        // The server takes instants: the whole local days chosen.
        from: f.from ? new Date(`${f.from}T00:00:00`).toISOString() : undefined,
        to: f.to ? new Date(`${f.to}T23:59:59.999`).toISOString() : undefined,
        limit: PAGE,
        offset: from,
      });
      if (answer.ok) setFound(answer.value);
      else
        setError(
          answer.error.type === 'network'
            ? 'The server cannot be reached: only the orders of this device are listed.'
            : answer.error.message,
        );
    },
    [app, shopId],
  );

  useEffect(() => {
    void search(filter, offset);
  }, [search, filter, offset]);

  useEffect(() => {
    if (app.session) void sessionOrders(app.db, app.session.session.id).then(setLocal);
  }, [app]);

  return (
    <div className="screen">
      <AppHeader
        title="Orders"
        right={<button onClick={() => app.go({ name: 'sell' })}>← Back to selling</button>}
      />
      <main className="orders-body">
        <section className="orders-list">
          <OrderSearch
            filter={filter}
            onSearch={(f) => {
              setOffset(0);
              setFilter(f);
            }}
          />
          {error && <p className="error-text">{error}</p>}
          <ServerOrders
            found={found}
            chosen={chosen}
            onChoose={setChosen}
            offset={offset}
            page={PAGE}
            onPage={setOffset}
          />
          <DeviceOrders orders={local} />
        </section>
        <section className="orders-detail">
          {chosen === null ? (
            <p className="muted orders-placeholder">
              Choose an order to see its lines, print it again or refund it.
            </p>
          ) : (
            <OrderDetailPane key={chosen} orderId={chosen} />
          )}
        </section>
      </main>
    </div>
  );
}
