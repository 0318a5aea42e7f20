import type { OrderSummary } from '../../api/types.ts';
import { showMoney } from '../../components/money/money.ts';
import { useApp } from '../../state/hooks.ts';

export function ServerOrders(props: {
  found: { items: readonly OrderSummary[]; total: number } | null;
  chosen: number | null;
  onChoose: (id: number) => void;
  offset: number;
  page: number;
  onPage: (offset: number) => void;
}) {
  const { catalog } = useApp();
  const { found } = props;
  if (!found) return <p className="muted">Searching…</p>;
  if (found.items.length === 0) return <p className="muted">No order matches.</p>;
  return (
    <>
      <table className="orders-table">
        <thead>
          <tr>
            <th>Receipt</th>
            <th>Date</th>
            <th>Customer</th>
            <th className="num">Total</th>
            <th>State</th>
          </tr>
        </thead>
        <tbody>
          {found.items.map((o) => (
            <tr
              key={o.id}
              className={o.id === props.chosen ? 'orders-chosen' : ''}
              onClick={() => props.onChoose(o.id)}
              tabIndex={0}
              onKeyDown={(e) => e.key === 'Enter' && props.onChoose(o.id)}
            >
              <td>{o.receipt_number}</td>
              <td>{new Date(o.sold_at).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })}</td>
              <td>{o.customer_name ?? ''}</td>
              <td className="num money">{showMoney(o.total_included, catalog.currency)}</td>
              <td>{o.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="orders-pages">
        <span className="muted">
          {props.offset + 1}–{props.offset + found.items.length} of {found.total}
        </span>
        <button
          disabled={props.offset === 0}
          onClick={() => props.onPage(Math.max(0, props.offset - props.page))}
        >
          Previous
        </button>
        <button
          disabled={props.offset + found.items.length >= found.total}
          onClick={() => props.onPage(props.offset + props.page)}
        >
          Next
        </button>
      </div>
    </>
  );
}
