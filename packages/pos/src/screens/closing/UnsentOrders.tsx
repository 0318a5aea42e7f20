import type { TillOrder } from '../../order/till-order.ts';

/** Orders the outbox could not send before closing: named, counted, and accepted knowingly. */
export function UnsentOrders(props: {
  orders: readonly TillOrder[];
  accepted: boolean;
  onAccept: (v: boolean) => void;
  onRetry: () => void;
}) {
  const { orders } = props;
  if (orders.length === 0) {
    return (
      <div className="closing-box closing-good">Every paid order of this device has reached the server.</div>
    );
  }
  const reason = orders[0]?.sync.last_error;
  return (
    <div className="closing-box closing-warn" role="alert">
      <h2>
        {orders.length} paid order{orders.length === 1 ? '' : 's'} could not be sent
      </h2>
      <p>
        {orders.map((o) => o.receipt_number).join(', ')}
        {reason ? ` — ${reason}` : ''}
      </p>
      <p>
        They stay on this device and are sent as soon as the server answers; if the session is closed by then,
        they go to a rescue session. Export them from the status button to be safe.
      </p>
      <div className="closing-row">
        <button onClick={props.onRetry}>Try sending again</button>
        <label className="closing-check">
          <input
            type="checkbox"
            checked={props.accepted}
            onChange={(e) => props.onAccept(e.target.checked)}
          />
          Close anyway; send them later
        </label>
      </div>
    </div>
  );
}
