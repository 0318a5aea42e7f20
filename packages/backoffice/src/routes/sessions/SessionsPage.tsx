import { Badge } from '../../components/Badge.tsx';
import { DateRange } from '../../components/DateRange.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { ShopSelect } from '../../components/ShopSelect.tsx';
import { useLoad } from '../../app/use-load.ts';
import { useShops } from '../../app/use-shops.ts';
import { useUrlFilters } from '../../app/use-url-filters.ts';
import { dayRange, formatDateTime } from '../../format/dates.ts';
import { sessionState } from '../../format/states.ts';
import { listSessions, type SessionListItem } from './api.ts';

const LIMIT = 50;

const columns: Column<SessionListItem>[] = [
  {
    key: 'name',
    header: 'Session',
    render: (s) => (
      <>
        {s.name}
        {s.rescue ? (
          <>
            {' '}
            <Badge tone="warning">Rescue</Badge>
          </>
        ) : null}
      </>
    ),
  },
  { key: 'shop', header: 'Shop', render: (s) => s.shop_name },
  {
    key: 'state',
    header: 'State',
    render: (s) => {
      const st = sessionState(s.state, s.rescue);
      return <Badge tone={st.tone}>{st.label}</Badge>;
    },
  },
  { key: 'opened', header: 'Opened', nowrap: true, render: (s) => formatDateTime(s.opened_at) },
  { key: 'opened_by', header: 'By', render: (s) => s.opened_by_name ?? '' },
  { key: 'closed', header: 'Closed', nowrap: true, render: (s) => formatDateTime(s.closed_at) },
  { key: 'closed_by', header: 'By', render: (s) => s.closed_by_name ?? '' },
];

/** Every session of my shops, newest first; rescue sessions marked, filters in the URL. */
export function SessionsPage() {
  const [filters, setFilters] = useUrlFilters();
  const { shops } = useShops();
  const offset = Number(filters.offset ?? 0);
  const query = {
    shop_id: filters.shop_id,
    state: filters.state,
    rescue: filters.rescue,
    ...dayRange(filters.from ?? '', filters.to ?? ''),
    limit: LIMIT,
    offset,
  };
  const key = JSON.stringify(query);
  const { data, failure, loading } = useLoad(key, () => listSessions(query));

  return (
    <>
      <PageHeader
        title="Sessions"
        subtitle="Every till session of your shops. Rescue sessions hold orders that arrived after their session closed."
      />
      <div className="filters" role="search">
        <Field label="Shop">
          <ShopSelect
            shops={shops}
            value={filters.shop_id ?? ''}
            onChange={(v) => setFilters({ shop_id: v })}
          />
        </Field>
        <Field label="State">
          <select value={filters.state ?? ''} onChange={(e) => setFilters({ state: e.target.value })}>
            <option value="">Any state</option>
            <option value="opened">Selling</option>
            <option value="closing_control">Closing</option>
            <option value="closed">Closed</option>
          </select>
        </Field>
        <Field label="Kind">
          <select value={filters.rescue ?? ''} onChange={(e) => setFilters({ rescue: e.target.value })}>
            <option value="">All sessions</option>
            <option value="true">Rescue sessions</option>
            <option value="false">Ordinary sessions</option>
          </select>
        </Field>
        <DateRange
          label="Opened"
          from={filters.from ?? ''}
          to={filters.to ?? ''}
          onChange={(changes) => setFilters(changes)}
        />
      </div>
      <FailureNotice failure={failure} />
      <DataTable
        label="Sessions"
        columns={columns}
        rows={data?.items}
        loading={loading}
        rowKey={(s) => s.id}
        rowHref={(s) => `/sessions/${s.id}`}
        empty="No session matches these filters."
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
