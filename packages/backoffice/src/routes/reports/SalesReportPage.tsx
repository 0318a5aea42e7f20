import { useLoad } from '../../app/use-load.ts';
import { useShops } from '../../app/use-shops.ts';
import { useUrlFilters } from '../../app/use-url-filters.ts';
import { DateRange } from '../../components/DateRange.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { Money } from '../../components/Money.tsx';
import { FailureNotice, Notice } from '../../components/Notice.tsx';
import { OptionFilter } from '../../components/OptionFilter.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ShopSelect } from '../../components/ShopSelect.tsx';
import { dayRange, localDay } from '../../format/dates.ts';
import { trimZeros } from '../../format/money.ts';
import { loadSales, salesPath, SALES_GROUPS, TIME_GROUPS, type SalesGroup, type SalesQuery } from './api.ts';
import { SalesChart } from './SalesChart.tsx';
import { fillTimeGaps, timeLabel } from './time-buckets.ts';
import './reports.css';

const GROUP_WORDS: Record<SalesGroup, string> = {
  hour: 'Hour',
  day: 'Day',
  month: 'Month',
  shop: 'Shop',
  session: 'Session',
  cashier: 'Cashier',
  product: 'Product',
  category: 'Category',
  payment_method: 'Payment method',
};

/** Filters the URL may carry besides the form's (a session page links to its own sales). */
const PASSED_ON = ['session_id', 'product_id'] as const;

/** Filters on one record, each offered when its list route can be read. */
const PICKED = [
  { key: 'employee_id', label: 'Cashier', path: '/api/employees', all: 'Every cashier' },
  { key: 'category_id', label: 'Category', path: '/api/categories', all: 'Every category' },
  { key: 'payment_method_id', label: 'Payment method', path: '/api/payment-methods', all: 'Every method' },
] as const;

/** Sales over time or by shop, session, cashier, product, category, payment method: chart, table, CSV. */
export function SalesReportPage() {
  const [filters, setFilters] = useUrlFilters();
  const { shops } = useShops();
  const today = localDay(new Date());
  // Today by default; a session's sales (linked from its page) over the whole session.
  const defaultDay = filters.session_id ? '' : today;
  const from = filters.from ?? defaultDay;
  const to = filters.to ?? defaultDay;
  const group = (SALES_GROUPS as readonly string[]).includes(filters.group_by ?? '')
    ? (filters.group_by as SalesGroup)
    : 'hour';
  const query: SalesQuery = {
    ...dayRange(from, to),
    shop_id: filters.shop_id,
    ...Object.fromEntries([...PASSED_ON, ...PICKED.map((p) => p.key)].map((k) => [k, filters[k]])),
    group_by: group,
  };
  // Today's figures move while the tills sell: poll when the period includes today.
  const { data, failure, loading } = useLoad(
    JSON.stringify(query),
    () => loadSales(query),
    to === '' || to >= today ? 30_000 : undefined,
  );
  const isTime = TIME_GROUPS.includes(group);
  // The chart shows the empty hours and days too; the table only the groups that sold.
  const rows = data?.rows;
  const timeline = data ? fillTimeGaps(data.rows, group) : [];
  const currency = data?.currency ?? data?.totals_by_currency[0]?.currency ?? 'EUR';
  const severalDays = from !== to;
  const label = (key: string, l: string) => (isTime ? timeLabel(key, group, severalDays) : l);
  const chartRows = isTime ? timeline : timeline.slice(0, 15);

  return (
    <>
      <PageHeader
        title="Sales"
        subtitle="Paid and invoiced orders of all your shops, refunds counted negative."
        actions={
          <a className="button" href={salesPath(query, 'csv')} download>
            Export CSV
          </a>
        }
      />
      <div className="filters" role="search">
        <DateRange label="Sold" from={from} to={to} onChange={(changes) => setFilters(changes)} />
        <Field label="Shop">
          <ShopSelect
            shops={shops}
            value={filters.shop_id ?? ''}
            onChange={(v) => setFilters({ shop_id: v })}
          />
        </Field>
        {PICKED.map((p) => (
          <OptionFilter
            key={p.key}
            label={p.label}
            path={p.path}
            allLabel={p.all}
            value={filters[p.key] ?? ''}
            onChange={(v) => setFilters({ [p.key]: v })}
          />
        ))}
        {PASSED_ON.filter((k) => filters[k]).map((k) => (
          <button key={k} type="button" onClick={() => setFilters({ [k]: undefined })}>
            {k.replace('_id', '').replace('_', ' ')} #{filters[k]} ×
          </button>
        ))}
      </div>
      <nav className="group-tabs" aria-label="Group sales by">
        {SALES_GROUPS.map((g) => (
          <button
            key={g}
            type="button"
            className={g === group ? 'tab current' : 'tab'}
            aria-pressed={g === group}
            onClick={() => setFilters({ group_by: g })}
          >
            {GROUP_WORDS[g]}
          </button>
        ))}
      </nav>
      <FailureNotice failure={failure} />
      {data && data.currency === null ? (
        <Notice tone="info">
          Shops of several currencies are in: each row is in its shop’s currency, and totals are per currency
          below.
        </Notice>
      ) : null}

      <div className="stats">
        <div className="stat">
          <div className="label">Sales with tax</div>
          <div className="value" data-testid="sales-total">
            {data ? <Money amount={data.totals.total_included ?? '—'} currency={currency} /> : '…'}
          </div>
        </div>
        <div className="stat">
          <div className="label">Without tax</div>
          <div className="value">
            {data ? <Money amount={data.totals.total_excluded ?? '—'} currency={currency} /> : '…'}
          </div>
        </div>
        <div className="stat">
          <div className="label">Orders</div>
          <div className="value">{data ? data.totals.orders.toLocaleString() : '…'}</div>
        </div>
        <div className="stat">
          <div className="label">Quantity</div>
          <div className="value">{data?.totals.quantity ? trimZeros(data.totals.quantity) : '—'}</div>
        </div>
      </div>

      <section className="card section">
        <h2>
          Sales by {GROUP_WORDS[group].toLowerCase()}
          {!isTime && rows && rows.length > 15 ? <span className="muted"> · top 15 in the chart</span> : null}
        </h2>
        {rows && rows.length === 0 ? (
          <p className="muted chart-empty">No sale in this period.</p>
        ) : (
          <SalesChart
            label={`Sales by ${GROUP_WORDS[group].toLowerCase()}`}
            labels={chartRows.map((r) => label(r.key, r.label))}
            values={chartRows.map((r) => r.total_included)}
            currency={currency}
            horizontal={!isTime}
          />
        )}
      </section>

      <DataTable
        label="Sales table"
        rows={rows}
        loading={loading}
        rowKey={(r) => `${r.key}-${r.currency}`}
        rowHref={group === 'session' ? (r) => (/^\d+$/.test(r.key) ? `/sessions/${r.key}` : '') : undefined}
        empty="No sale in this period."
        columns={[
          { key: 'label', header: GROUP_WORDS[group], render: (r) => label(r.key, r.label) },
          { key: 'orders', header: 'Orders', align: 'right', render: (r) => r.orders.toLocaleString() },
          {
            key: 'qty',
            header: 'Quantity',
            align: 'right',
            render: (r) => (r.quantity === null ? '—' : trimZeros(r.quantity)),
          },
          {
            key: 'excl',
            header: 'Without tax',
            align: 'right',
            render: (r) => <Money amount={r.total_excluded ?? '—'} currency={r.currency} />,
          },
          {
            key: 'incl',
            header: 'With tax',
            align: 'right',
            render: (r) => <Money amount={r.total_included ?? '—'} currency={r.currency} />,
          },
        ]}
        footer={
          data ? (
            <>
              {data.totals_by_currency.map((t) => (
                <tr key={t.currency}>
                  <td>Total{data.totals_by_currency.length > 1 ? ` (${t.currency})` : ''}</td>
                  <td className="num">{t.orders.toLocaleString()}</td>
                  <td className="num">{t.quantity === null ? '—' : trimZeros(t.quantity)}</td>
                  <td className="num">
                    <Money amount={t.total_excluded} currency={t.currency} />
                  </td>
                  <td className="num">
                    <Money amount={t.total_included} currency={t.currency} />
                  </td>
                </tr>
              ))}
            </>
          ) : null
        }
      />
    </>
  );
}
