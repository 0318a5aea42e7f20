import { Link, useParams } from 'wouter';
import { useLoad } from '../../app/use-load.ts';
import { useUrlFilters } from '../../app/use-url-filters.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Field } from '../../components/Field.tsx';
import { FailureNotice } from '../../components/Notice.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Pager } from '../../components/Pager.tsx';
import { SearchField } from '../../components/SearchField.tsx';
import { NotFound } from '../../app/NotFound.tsx';
import { exportHref, listRecords, type Archived } from './api.ts';
import type { ApiRecord, EntitySpec } from './entity.ts';
import { entityBySlug } from './entities.tsx';
import { useLookups } from './use-lookups.ts';
import './config.css';

const LIMIT = 50;

/** The list of one configuration entity: search, archived filter, pages, a row opens its form. */
export function ConfigListPage() {
  const { entity } = useParams<{ entity: string }>();
  const spec = entityBySlug(entity);
  if (!spec) return <NotFound />;
  // A new entity is a new list: its filters and state start again.
  return <EntityList key={spec.slug} spec={spec} />;
}

function EntityList({ spec }: { spec: EntitySpec }) {
  const [filters, setFilters] = useUrlFilters();
  const offset = Number(filters.offset ?? 0);
  const archived = spec.noArchive ? undefined : ((filters.archived ?? 'exclude') as Archived);
  const query = { q: filters.q, archived, limit: LIMIT, offset };
  const { data, failure, loading } = useLoad(`${spec.slug}${JSON.stringify(query)}`, () =>
    listRecords(spec, query),
  );
  const nameOf = useLookups(spec.lookups ?? []);
  const columns: Column<ApiRecord>[] = spec.columns.map((c) => ({
    key: c.key,
    header: c.header,
    ...(c.align ? { align: c.align } : {}),
    ...(c.nowrap ? { nowrap: c.nowrap } : {}),
    render: (row: ApiRecord) => c.render(row, { nameOf }),
  }));

  return (
    <>
      <PageHeader
        title={spec.title}
        subtitle={spec.subtitle}
        actions={
          <>
            {spec.csv ? (
              <>
                <a className="button" href={exportHref(spec)} download>
                  Export CSV
                </a>
                <Link className="button" href={`/config/${spec.slug}/import`}>
                  Import CSV
                </Link>
              </>
            ) : null}
            <Link className="button primary" href={`/config/${spec.slug}/new`}>
              New {spec.singular}
            </Link>
          </>
        }
      />
      <div className="filters" role="search">
        <SearchField
          className="search-input"
          label="Search"
          placeholder={spec.searchPlaceholder ?? 'Name'}
          value={filters.q ?? ''}
          onChange={(v) => setFilters({ q: v })}
        />
        {spec.noArchive ? null : (
          <Field label="Show">
            <select
              value={archived ?? 'exclude'}
              onChange={(e) =>
                setFilters({ archived: e.target.value === 'exclude' ? undefined : e.target.value })
              }
            >
              <option value="exclude">Active</option>
              <option value="only">Archived</option>
              <option value="include">Active and archived</option>
            </select>
          </Field>
        )}
      </div>
      <FailureNotice failure={failure} />
      <DataTable
        label={spec.title}
        columns={columns}
        rows={data?.items}
        loading={loading}
        rowKey={(r) => r.id}
        rowHref={(r) => `/config/${spec.slug}/${r.id}`}
        empty={
          filters.q
            ? `No ${spec.singular} matches “${filters.q}”.`
            : `No ${spec.title.toLowerCase()} here yet.`
        }
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
