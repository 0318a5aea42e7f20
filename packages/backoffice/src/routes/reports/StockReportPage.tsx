import { useLoad } from '../../app/use-load.ts';
import { useShops } from '../../app/use-shops.ts';
import { useUrlFilters } from '../../app/use-url-filters.ts';
import { DataTable } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchField } from '../../components/SearchField.tsx';
import { ShopSelect } from '../../components/ShopSelect.tsx';
import { formatDecimal, trimZeros } from '../../format/money.ts';
import { loadStock } from './api.ts';

const LIMIT = 100;

/** What each shop has on hand, per product and lot. */
export function StockReportPage() {
  const [filters, setFilters] = useUrlFilters();
  const { shops } = useShops();
  const offset = Number(filters.offset ?? 0);
  const query = { shop_id: filters.shop_id, q: filters.q, limit: LIMIT, offset };
  const { data, failure, loading } = useLoad(JSON.stringify(query), () => loadStock(query));

  return (
    <>
      <PageHeader
        title="Stock on hand"
        subtitle="Quantities in each shop’s stock location, per product and lot."
      />
      <div className="filters" role="search">
        <Field label="Shop">
          <ShopSelect
            shops={shops}
            value={filters.shop_id ?? ''}
            onChange={(v) => setFilters({ shop_id: v })}
            allLabel="All my shops"
          />
        </Field>
        <SearchField
          label="Product, reference or lot"
          value={filters.q ?? ''}
          onChange={(v) => setFilters({ q: v })}
        />
      </div>
      <FailureNotice failure={failure} />
      <DataTable
        label="Stock on hand"
        rows={data?.items}
        loading={loading}
        rowKey={(r) => `${r.product_id}-${r.lot}`}
        empty="No stock recorded."
        columns={[
          { key: 'code', header: 'Reference', nowrap: true, render: (r) => r.default_code ?? '' },
          { key: 'name', header: 'Product', render: (r) => r.product_name },
          { key: 'lot', header: 'Lot', render: (r) => r.lot },
          {
            key: 'qty',
            header: 'On hand',
            align: 'right',
            render: (r) => (
              <span className={r.quantity.startsWith('-') ? 'money negative' : undefined}>
                {formatDecimal(trimZeros(r.quantity))} {r.uom === 'unit' ? '' : r.uom}
              </span>
            ),
          },
        ]}
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
