import { dec } from '@till/core';
import { showMoney } from '../../components/money/money.ts';
import type { TillOrder } from '../../order/till-order.ts';
import { useApp } from '../../state/hooks.ts';

/** The payments so far; the selected one takes what the keypad types. */
export function PaymentLines(props: {
  order: TillOrder;
  selected: string | null;
  refund: boolean;
  onSelect: (uid: string) => void;
  onRemove: (uid: string) => void;
}) {
  const { catalog } = useApp();
  if (props.order.payments.length === 0) {
    return <p className="payment-hint muted">Choose a method, or type the amount received in cash.</p>;
  }
  return (
    <ul className="payment-lines">
      {props.order.payments.map((p) => {
        const method = catalog.paymentMethods.find((m) => m.id === p.method_id);
        const amount = props.refund ? dec(p.amount).negated() : dec(p.amount);
        return (
          <li
            key={p.uid}
            className={p.uid === props.selected ? 'payment-line payment-line-selected' : 'payment-line'}
            onClick={() => props.onSelect(p.uid)}
          >
            <span>{method?.name ?? `Method #${p.method_id}`}</span>
            <strong className="money">{showMoney(amount, catalog.currency)}</strong>
            <button
              className="btn-ghost"
              aria-label={`Remove the ${method?.name ?? ''} payment`}
              onClick={(e) => {
                e.stopPropagation();
                props.onRemove(p.uid);
              }}
            >
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}
