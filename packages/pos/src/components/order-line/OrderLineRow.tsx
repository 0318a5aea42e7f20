import { dec, type Currency, type LineTotals } from '@till/core';
import type { TillOrderLine } from '../../order/till-order.ts';
import { showMoney, showQty } from '../money/money.ts';
import './order-line.css';

/**
 * A line of the cart: product, quantity × unit price, discount, the line's total from core, and
 * the customer note under it. Its height does not change when selected.
 */
export function OrderLineRow(props: {
  line: TillOrderLine;
  totals: LineTotals | undefined;
  currency: Currency;
  selected: boolean;
  onSelect: () => void;
}) {
  const { line, currency } = props;
  const discount = dec(line.discount);
  const unit = line.uom === 'kg' ? ' kg' : '';
  return (
    <li
      className={`order-line${props.selected ? ' order-line-selected' : ''}${line.refunded_line_uid ? ' order-line-refund' : ''}`}
      onClick={props.onSelect}
      aria-selected={props.selected}
      role="option"
    >
      <div className="order-line-main">
        <span className="order-line-name">{line.product_name}</span>
        <span className="order-line-total money">
          {props.totals ? showMoney(props.totals.subtotal_included, currency) : ''}
        </span>
      </div>
      <div className="order-line-detail">
        <span>
          <strong>{showQty(line.qty)}</strong>
          {unit} × {showMoney(line.price_unit, currency)}
          {line.price_source === 'manual' && <span className="order-line-tag">price changed</span>}
        </span>
        {!discount.isZero() && (
          <span className="order-line-tag order-line-discount">−{discount.toString()} %</span>
        )}
      </div>
      {line.customer_note && <div className="order-line-note">{line.customer_note}</div>}
    </li>
  );
}
