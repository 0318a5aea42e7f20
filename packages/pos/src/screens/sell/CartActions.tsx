import type { TillOrder } from '../../order/till-order.ts';
import { setFiscalPosition, setPricelist } from '../../order/edit-order.ts';
import { useApp } from '../../state/hooks.ts';
import { Icon } from '../../components/icon/Icon.tsx';

/** Customer, customer note, and — when the shop allows — pricelist and fiscal position. */
export function CartActions(props: {
  order: TillOrder | null;
  hasLine: boolean;
  onCustomer: () => void;
  onNote: () => void;
}) {
  const app = useApp();
  const { catalog } = app;
  const shop = catalog.shop;
  const { order } = props;
  const pricelists = (shop?.pricelist_ids ?? [])
    .map((id) => catalog.pricelists.get(id))
    .filter((p) => p !== undefined);
  const positions = (shop?.fiscal_position_ids ?? [])
    .map((id) => catalog.fiscalPositions.get(id))
    .filter((p) => p !== undefined);
  const showPricelists = !!shop?.allow_pricelist_choice && pricelists.length > 1;

  const selectors = (showPricelists || positions.length > 0) && order;
  return (
    <div className="cart-actions">
      <div className="cart-actions-row">
        <button
          className={`cart-customer${order?.customer_name ? ' cart-customer-set' : ''}`}
          onClick={props.onCustomer}
          title="Customer"
        >
          <Icon name="user" />
          {order?.customer_name ?? 'Customer'}
        </button>
        <button
          onClick={props.onNote}
          disabled={!props.hasLine}
          title="A note for the customer under the selected line"
        >
          <Icon name="note" />
          Note
        </button>
      </div>
      {selectors && (
        <div className="cart-actions-row">
          {showPricelists && order && (
            <select
              aria-label="Pricelist"
              value={order.pricelist_id ?? ''}
              onChange={(e) =>
                app.orders.update(order.uid, (o, ctx) =>
                  setPricelist(o, ctx, e.target.value === '' ? null : Number(e.target.value)),
                )
              }
            >
              {pricelists.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
          {positions.length > 0 && order && (
            <select
              aria-label="Fiscal position"
              value={order.fiscal_position_id ?? ''}
              onChange={(e) =>
                app.orders.update(order.uid, (o, ctx) =>
                  setFiscalPosition(o, ctx, e.target.value === '' ? null : Number(e.target.value)),
                )
              }
            >
              <option value="">No fiscal position</option>
              {positions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </div>
      )}
    </div>
  );
}
