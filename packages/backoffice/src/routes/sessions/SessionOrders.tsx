import { useState } from 'react';
import { useLoad } from '../../app/use-load.ts';
import { Badge } from '../../components/Badge.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Money } from '../../components/Money.tsx';
import { Pager } from '../../components/Pager.tsx';
import { formatTime } from '../../format/dates.ts';
import { orderState, reviewState } from '../../format/states.ts';
import { listOrders } from '../orders/api.ts';

const LIMIT = 25;

/** The orders of one session, newest first. */
export function SessionOrders({ sessionId, currency }: { sessionId: number; currency: string }) {
  const [offset, setOffset] = useState(0);
  const { data, loading } = useLoad(`session-orders-${sessionId}-${offset}`, () =>
    listOrders({ session_id: sessionId, limit: LIMIT, offset }),
  );
  return (
    <section className="card section">
      <h2>Orders</h2>
      <DataTable
        label="Orders of the session"
        rows={data?.items}
        loading={loading}
        rowKey={(o) => o.id}
        rowHref={(o) => `/orders/${o.id}`}
        empty="No order in this session."
        columns={[
          { key: 'receipt', header: 'Receipt', render: (o) => o.receipt_number },
          { key: 'time', header: 'Time', render: (o) => formatTime(o.sold_at) },
          { key: 'customer', header: 'Customer', render: (o) => o.customer_name ?? '' },
          {
            key: 'state',
            header: 'State',
            render: (o) => {
              const st = orderState(o.state);
              const review = reviewState(o.review_state);
              return (
                <>
                  <Badge tone={st.tone}>{o.is_refund ? 'Refund' : st.label}</Badge>{' '}
                  {review ? <Badge tone={review.tone}>{review.label}</Badge> : null}
                </>
              );
            },
          },
          {
            key: 'total',
            header: 'Total',
            align: 'right',
            render: (o) => <Money amount={o.total_included} currency={currency} />,
          },
        ]}
      />
      <Pager total={data?.total} limit={LIMIT} offset={offset} onOffset={setOffset} />
    </section>
  );
}
