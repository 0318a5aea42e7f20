import type { Currency } from '@till/core';
import { formatAmount } from '@till/core';
import { showQty } from '../money/money.ts';
import type { ReceiptData } from './receipt-data.ts';
import './receipt.css';

const money = (d: Parameters<typeof formatAmount>[0], c: Currency) => formatAmount(d, c);

/** The customer's receipt, laid out for an 80 mm roll; on screen it shows the same paper. */
export function Receipt({ data, currency }: { data: ReceiptData; currency: Currency }) {
  const sold = data.soldAt
    ? new Date(data.soldAt).toLocaleString([], { dateStyle: 'short', timeStyle: 'short' })
    : '';
  return (
    <article className="receipt receipt-print" aria-label={`Receipt ${data.receiptNumber}`}>
      {data.header && <pre className="receipt-header">{data.header}</pre>}
      <div className="receipt-meta">
        <div>{data.receiptNumber}</div>
        <div>{sold}</div>
        {data.cashier && <div>Served by {data.cashier}</div>}
        {data.customer && <div>Customer: {data.customer}</div>}
        {data.refundOf && <div>Refund of {data.refundOf}</div>}
      </div>
      <table className="receipt-lines">
        <tbody>
          {data.lines.map((l) => (
            <tr key={l.key}>
              <td>
                <div>{l.name}</div>
                <div className="receipt-small">
                  {showQty(l.qty)} × {money(l.unitPrice, currency)}
                  {!l.discount.isZero() && ` −${l.discount.toString()} %`}
                </div>
                {l.note && <div className="receipt-note">{l.note}</div>}
              </td>
              <td className="receipt-amount">{money(l.total, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="receipt-rule" />
      {data.rounding && <Row label="Rounding" value={money(data.rounding, currency)} />}
      <Row label={`TOTAL ${currency.code}`} value={money(data.total, currency)} strong />
      {data.payments.map((p, i) => (
        <Row key={i} label={p.name} value={money(p.amount, currency)} />
      ))}
      {!data.change.isZero() && <Row label="Change" value={money(data.change, currency)} strong />}
      <div className="receipt-rule" />
      <Row label="Total without taxes" value={money(data.totalExcluded, currency)} small />
      {data.taxes.map((t, i) => (
        <Row
          key={i}
          label={`${t.name} on ${money(t.base, currency)}`}
          value={money(t.amount, currency)}
          small
        />
      ))}
      {data.footer && <pre className="receipt-footer">{data.footer}</pre>}
    </article>
  );
}

function Row({
  label,
  value,
  strong,
  small,
}: {
  label: string;
  value: string;
  strong?: boolean;
  small?: boolean;
}) {
  return (
    <div className={`receipt-row${strong ? ' receipt-strong' : ''}${small ? ' receipt-small' : ''}`}>
      <span>{label}</span>
      <span>{value}</span>
    </div>
  );
}
