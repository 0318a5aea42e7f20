import { http } from '../../api/client.ts';
import type { ApiResult } from '../../api/http.ts';
import { queryString } from '../../api/query-string.ts';
import type { Page } from '../../api/types.ts';
import type { ApiRecord, EntitySpec } from './entity.ts';

/** The calls every configuration screen makes, on `/api/<slug>`. */

export type Archived = 'exclude' | 'only' | 'include';

export interface ListQuery {
  readonly q?: string;
  readonly archived?: Archived | undefined;
  readonly limit: number;
  readonly offset: number;
}

/**
 * A page of records. A route that answers a plain array (shops) is searched and paged here, so
 * every list behaves the same.
 */
export async function listRecords(spec: EntitySpec, query: ListQuery): Promise<ApiResult<Page<ApiRecord>>> {
  if (!spec.plainList)
    return http.get<Page<ApiRecord>>(
      `/api/${spec.slug}${queryString({ q: query.q, archived: query.archived, limit: query.limit, offset: query.offset })}`,
    );
  const r = await http.get<ApiRecord[]>(`/api/${spec.slug}`);
  if (!r.ok) return r;
  const q = (query.q ?? '').toLowerCase();
  const archived = query.archived ?? 'exclude';
  const matching = r.value.filter(
    (row) =>
      (archived === 'include' || (archived === 'only') === (row.active === false)) &&
      String(row.name ?? '')
        .toLowerCase()
        .includes(q),
  );
  return {
    ok: true,
    value: {
      items: matching.slice(query.offset, query.offset + query.limit),
      total: matching.length,
      limit: query.limit,
      offset: query.offset,
    },
  };
}

export const loadRecord = (spec: EntitySpec, id: number) => http.get<ApiRecord>(`/api/${spec.slug}/${id}`);

export const createRecord = (spec: EntitySpec, body: Record<string, unknown>) =>
  http.post<ApiRecord>(`/api/${spec.slug}`, body);

export const updateRecord = (spec: EntitySpec, id: number, body: Record<string, unknown>) =>
  http.patch<ApiRecord>(`/api/${spec.slug}/${id}`, body);

export const deleteRecord = (spec: EntitySpec, id: number) => http.delete<unknown>(`/api/${spec.slug}/${id}`);

/** What an import did, or would do on a dry run; `line` counts the header as line 1. */
export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly errors: readonly {
    readonly line: number;
    readonly field?: string | null;
    readonly message: string;
  }[];
}

export const importCsv = (spec: EntitySpec, csv: string, dryRun: boolean) =>
  http.post<ImportReport>(`/api/${spec.slug}/import`, { csv, dry_run: dryRun });

export const exportHref = (spec: EntitySpec) => `/api/${spec.slug}/export.csv`;
