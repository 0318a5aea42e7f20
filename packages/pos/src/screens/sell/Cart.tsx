import { useEffect, useRef } from 'react';
import type { ComputedOrder } from '@till/core';
import { showMoney } from '../../components/money/money.ts';
import { OrderLineRow } from '../../components/order-line/OrderLineRow.tsx';
import { lineTotalsOf } from '../../order/compute-till-order.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { useApp } from '../../state/hooks.ts';
import { Icon } from '../../components/icon/Icon.tsx';

/** The lines of the current order and its totals, as core computes them. */
export function Cart({
  order,
  computed,
  selectedLine,
}: {
  order: TillOrder | null;
  computed: ComputedOrder | null;
  selectedLine: string | null;
}) {
  const app = useApp();
  const currency = app.catalog.currency;
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current?.querySelector('.order-line-selected')?.scrollIntoView({ block: 'nearest' });
  }, [selectedLine, order?.lines.length]);

  return (
    <section className="cart" aria-label="Order" data-lines={order?.lines.length ?? 0}>
      {!order || order.lines.length === 0 ? (
        <div className="cart-empty">
          <Icon name="cart" size={44} />
          <p>Scan or choose a product</p>
        </div>
      ) : (
        <ul className="cart-lines" ref={list} role="listbox" aria-label="Order lines">
          {order.lines.map((line) => (
            <OrderLineRow
              key={line.uid}
              line={line}
              totals={computed ? lineTotalsOf(computed, line.uid) : undefined}
              currency={currency}
              selected={line.uid === selectedLine}
              onSelect={() => app.orders.selectLine(order.uid, line.uid)}
            />
          ))}
        </ul>
      )}
      <div className="cart-totals">
        <div className="cart-total">
          <span>Total</span>
          <span className="money" data-testid="order-total">
            {showMoney(computed?.total_due ?? '0', currency)}
          </span>
        </div>
        <div className="cart-taxes muted">
          <span>Taxes</span>
          <span className="money">{showMoney(computed?.totals.total_tax ?? '0', currency)}</span>
        </div>
      </div>
    </section>
  );
}
