import { useLoad } from '../../app/use-load.ts';
import { useShops } from '../../app/use-shops.ts';
import { useUrlFilters } from '../../app/use-url-filters.ts';
import { Badge } from '../../components/Badge.tsx';
import { DateRange } from '../../components/DateRange.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { Money } from '../../components/Money.tsx';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { OptionFilter } from '../../components/OptionFilter.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchField } from '../../components/SearchField.tsx';
import { ShopSelect } from '../../components/ShopSelect.tsx';
import { dayRange, formatDateTime } from '../../format/dates.ts';
import { orderState, reviewState } from '../../format/states.ts';
import { listOrders, type OrderListItem } from './api.ts';
import { reviewFilter } from './order-filters.ts';

const LIMIT = 50;

/** Orders of my shops: by receipt number, customer, shop, session, state, review, dates. */
export function OrdersPage() {
  const [filters, setFilters] = useUrlFilters();
  const { shops, currencyOf } = useShops();
  const offset = Number(filters.offset ?? 0);
  const query = {
    receipt: filters.receipt,
    customer: filters.customer,
    shop_id: filters.shop_id,
    session_id: filters.session_id,
    employee_id: filters.employee_id,
    state: filters.state,
    ...reviewFilter(filters.review ?? ''),
    ...dayRange(filters.from ?? '', filters.to ?? ''),
    limit: LIMIT,
    offset,
  };
  const { data, failure, loading } = useLoad(JSON.stringify(query), () => listOrders(query));

  const columns: Column<OrderListItem>[] = [
    { key: 'receipt', header: 'Receipt', nowrap: true, render: (o) => o.receipt_number },
    { key: 'sold', header: 'Sold', nowrap: true, render: (o) => formatDateTime(o.sold_at) },
    { key: 'shop', header: 'Shop', render: (o) => shops.find((s) => s.id === o.shop_id)?.name ?? '' },
    { key: 'customer', header: 'Customer', render: (o) => o.customer_name ?? '' },
    {
      key: 'state',
      header: 'State',
      nowrap: true,
      render: (o) => {
        const st = orderState(o.state);
        const review = reviewState(o.review_state);
        return (
          <>
            <Badge tone={st.tone}>{st.label}</Badge>
            {o.is_refund ? (
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
        );
      },
    },
    {
      key: 'total',
      header: 'Total',
      align: 'right',
      render: (o) => <Money amount={o.total_included} currency={currencyOf(o.shop_id)} />,
    },
  ];

  return (
    <>
      <PageHeader
        title="Orders"
        subtitle="Search by receipt number, customer or date; flagged orders wait for a review."
      />
      <div className="filters" role="search">
        <SearchField
          label="Receipt number"
          value={filters.receipt ?? ''}
          onChange={(v) => setFilters({ receipt: v })}
        />
        <SearchField
          label="Customer"
          value={filters.customer ?? ''}
          onChange={(v) => setFilters({ customer: v })}
        />
        <Field label="Shop">
          <ShopSelect
            shops={shops}
            value={filters.shop_id ?? ''}
            onChange={(v) => setFilters({ shop_id: v })}
          />
        </Field>
        <OptionFilter
          label="Cashier"
          path="/api/employees"
          allLabel="Any cashier"
          value={filters.employee_id ?? ''}
          onChange={(v) => setFilters({ employee_id: v })}
        />
        <Field label="State">
          <select value={filters.state ?? ''} onChange={(e) => setFilters({ state: e.target.value })}>
            <option value="">Any state</option>
            <option value="paid">Paid</option>
            <option value="invoiced">Invoiced</option>
            <option value="draft">Unpaid</option>
            <option value="cancelled">Cancelled</option>
          </select>
        </Field>
        <Field label="Review">
          <select value={filters.review ?? ''} onChange={(e) => setFilters({ review: e.target.value })}>
            <option value="">All orders</option>
            <option value="to_review">To review</option>
            <option value="flagged">Flagged (any)</option>
            <option value="accepted">Accepted</option>
            <option value="corrected">Corrected</option>
          </select>
        </Field>
        <DateRange
          label="Sold"
          from={filters.from ?? ''}
          to={filters.to ?? ''}
          onChange={(changes) => setFilters(changes)}
        />
        {filters.session_id ? (
          <button type="button" onClick={() => setFilters({ session_id: undefined })}>
            Session #{filters.session_id} ×
          </button>
        ) : null}
      </div>
      <FailureNotice failure={failure} />
      <DataTable
        label="Orders"
        columns={columns}
        rows={data?.items}
        loading={loading}
        rowKey={(o) => o.id}
        rowHref={(o) => `/orders/${o.id}`}
        empty="No order matches these filters."
      />
      <Pager
        total={data?.total}
        limit={LIMIT}
        offset={offset}
        onOffset={(o) => setFilters({ offset: String(o) })}
      />
    </>
  );
}
