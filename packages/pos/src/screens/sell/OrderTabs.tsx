import { useApp, useAppState, useOrdersState } from '../../state/hooks.ts';

/** The open orders of this device, one tab each, and a tab to start another. */
export function OrderTabs() {
  const app = useApp();
  const { employee } = useAppState();
  const { drafts, currentUid } = useOrdersState();
  return (
    <nav className="order-tabs" aria-label="Open orders">
      {drafts.map((o) => (
        <button
          key={o.uid}
          className={`order-tab${o.uid === currentUid ? ' order-tab-current' : ''}`}
          onClick={() => app.orders.select(o.uid)}
          title={o.receipt_number}
          aria-current={o.uid === currentUid}
        >
          {o.receipt_number.slice(-4)}
          {o.customer_name ? ` · ${o.customer_name}` : ''}
          {o.refund_of ? ' ↩' : ''}
        </button>
      ))}
      <button
        className="order-tab order-tab-new"
        onClick={() => void app.orders.newOrder(employee?.id ?? null)}
        title="New order"
        aria-label="New order"
      >
        +
      </button>
    </nav>
  );
}
