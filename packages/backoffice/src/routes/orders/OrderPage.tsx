import { Link } from 'wouter';
import { useLoad } from '../../app/use-load.ts';
import { useShops } from '../../app/use-shops.ts';
import { Badge } from '../../components/Badge.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Money } from '../../components/Money.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { formatDateTime } from '../../format/dates.ts';
import { isZeroAmount, trimZeros, unitPrice } from '../../format/money.ts';
import { orderState, reviewState } from '../../format/states.ts';
import { loadOrder, type OrderDetail } from './api.ts';
import { OrderReviewCard } from './OrderReviewCard.tsx';
import { loadCustomer } from '../../api/customers.ts';
import './orders.css';

/** One order: lines, taxes, payments, refunds made against it, and its review when flagged. */
export function OrderPage({ params }: { params: { id: string } }) {
  const id = Number(params.id);
  const { data: order, failure, reload } = useLoad(`order-${id}`, () => loadOrder(id));
  const { shops } = useShops();
  if (!order) return <FailureNotice failure={failure} />;
  const shop = shops.find((s) => s.id === order.shop_id);
  return (
    <OrderView
      order={order}
      currency={shop?.currency_code ?? 'EUR'}
      decimals={shop?.currency_decimals ?? 2}
      shopName={shop?.name ?? ''}
      onReviewed={reload}
    />
  );
}

interface ViewProps {
  readonly order: OrderDetail;
  readonly currency: string;
  readonly decimals: number;
  readonly shopName: string;
  readonly onReviewed: () => void;
}

function OrderView({ order, currency, decimals, shopName, onReviewed }: ViewProps) {
  const m = (a: string) => <Money amount={a} currency={currency} decimals={decimals} />;
  const st = orderState(order.state);
  const review = reviewState(order.review_state);
  return (
    <>
      <PageHeader
        back={{ href: '/orders', label: 'Orders' }}
        title={
          <>
            {order.receipt_number} <Badge tone={st.tone}>{st.label}</Badge>
            {order.is_refund ? (
              <>
                {' '}
                <Badge tone="info">Refund</Badge>
              </>
            ) : null}
            {review ? (
              <>
                {' '}
                <Badge tone={review.tone}>{review.label}</Badge>
              </>
            ) : null}
          </>
        }
        subtitle={
          <>
            {shopName} · <Link href={`/sessions/${order.session_id}`}>session #{order.session_id}</Link> ·
            sold {formatDateTime(order.sold_at)} · received {formatDateTime(order.received_at)}
          </>
        }
      />
      {order.original_session_id && order.original_session_id !== order.session_id ? (
        <Notice tone="info">
          Sold in{' '}
          <Link href={`/sessions/${order.original_session_id}`}>session #{order.original_session_id}</Link>,
          which was closed when the order arrived: it was put in a rescue session.
        </Notice>
      ) : null}

      <div className="stats">
        <div className="stat">
          <div className="label">Total</div>
          <div className="value">{m(order.total_included)}</div>
        </div>
        <div className="stat">
          <div className="label">Taxes</div>
          <div className="value">{m(order.total_tax)}</div>
        </div>
        <div className="stat">
          <div className="label">Paid</div>
          <div className="value">{m(order.amount_paid)}</div>
        </div>
        <div className="stat">
          <div className="label">Change</div>
          <div className="value">{m(order.change)}</div>
        </div>
        <div className="stat">
          <div className="label">Customer</div>
          <div className="value small-value">
            <CustomerName id={order.customer_id} />
          </div>
        </div>
      </div>

      {order.flags.length > 0 || order.review ? (
        <OrderReviewCard order={order} currency={currency} decimals={decimals} onReviewed={onReviewed} />
      ) : null}

      <section className="card section">
        <h2>Lines</h2>
        <DataTable
          label="Lines"
          rows={order.lines}
          rowKey={(l) => l.id}
          columns={[
            {
              key: 'product',
              header: 'Product',
              render: (l) => (
                <>
                  {l.product_name}
                  {l.lots.length ? <div className="muted">Lots: {l.lots.join(', ')}</div> : null}
                  {l.customer_note ? <div className="muted">“{l.customer_note}”</div> : null}
                </>
              ),
            },
            { key: 'qty', header: 'Quantity', align: 'right', render: (l) => trimZeros(l.qty) },
            {
              key: 'price',
              header: 'Unit price',
              align: 'right',
              render: (l) => <Money amount={unitPrice(l.price_unit, decimals)} currency={currency} />,
            },
            {
              key: 'discount',
              header: 'Discount',
              align: 'right',
              render: (l) => (isZeroAmount(l.discount) ? '' : `${trimZeros(l.discount)} %`),
            },
            { key: 'excl', header: 'Without tax', align: 'right', render: (l) => m(l.subtotal_excluded) },
            { key: 'incl', header: 'With tax', align: 'right', render: (l) => m(l.subtotal_included) },
            {
              key: 'refundable',
              header: 'Still refundable',
              align: 'right',
              render: (l) =>
                l.kind === 'product' && !l.qty.startsWith('-') ? trimZeros(l.refundable_qty) : '',
            },
          ]}
          footer={
            <tr>
              <td colSpan={4}>
                Total
                {isZeroAmount(order.global_discount)
                  ? ''
                  : ` (order discount ${trimZeros(order.global_discount)} %)`}
              </td>
              <td className="num">{m(order.total_excluded)}</td>
              <td className="num">{m(order.total_included)}</td>
              <td />
            </tr>
          }
        />
        {order.note ? <p className="muted">Note: {order.note}</p> : null}
      </section>

      <div className="grid-2">
        <section className="card">
          <h2>Taxes</h2>
          <DataTable
            label="Taxes"
            rows={order.tax_totals}
            rowKey={(t) => t.tax_id}
            empty="No tax."
            columns={[
              { key: 'name', header: 'Tax', render: (t) => t.name },
              { key: 'base', header: 'Base', align: 'right', render: (t) => m(t.base) },
              { key: 'amount', header: 'Amount', align: 'right', render: (t) => m(t.amount) },
            ]}
          />
        </section>
        <section className="card">
          <h2>Payments</h2>
          <DataTable
            label="Payments"
            rows={order.payments}
            rowKey={(p) => p.id}
            empty="Not paid."
            columns={[
              {
                key: 'method',
                header: 'Method',
                render: (p) => (p.is_change ? `${p.method ?? ''} (change)` : (p.method ?? '')),
              },
              { key: 'amount', header: 'Amount', align: 'right', render: (p) => m(p.amount) },
            ]}
          />
        </section>
      </div>

      <section className="card section">
        <h2>Refunds made against this order</h2>
        <DataTable
          label="Refunds"
          rows={order.refunds}
          rowKey={(r) => r.order_id}
          rowHref={(r) => `/orders/${r.order_id}`}
          empty="Nothing refunded."
          columns={[
            { key: 'receipt', header: 'Refund', render: (r) => r.receipt_number },
            { key: 'when', header: 'When', nowrap: true, render: (r) => formatDateTime(r.sold_at) },
            {
              key: 'lines',
              header: 'Returned',
              render: (r) =>
                r.lines
                  .map(
                    (x) =>
                      `${trimZeros(x.qty.replace('-', ''))} × ${order.lines.find((l) => l.id === x.refunded_line_id)?.product_name ?? '?'}`,
                  )
                  .join(', '),
            },
            { key: 'amount', header: 'Amount', align: 'right', render: (r) => m(r.amount) },
          ]}
        />
      </section>
    </>
  );
}

/** The customer's name, or their number when it cannot be read (an unknown customer, say). */
function CustomerName({ id }: { id: number | null }) {
  const { data } = useLoad(id === null ? null : `customer-${id}`, () => loadCustomer(id ?? 0));
  if (id === null) return <>—</>;
  return <>{data?.name ?? `#${id}`}</>;
}
