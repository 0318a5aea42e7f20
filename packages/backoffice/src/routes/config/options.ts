import { http } from '../../api/client.ts';
import type { ApiResult } from '../../api/http.ts';
import type { Page } from '../../api/types.ts';

/** Something a relation field offers: a category by its full name, a tax, a shop. */
export interface RecordOption {
  readonly id: number;
  readonly name: string;
  readonly active: boolean;
}

const cache = new Map<string, Promise<ApiResult<RecordOption[]>>>();

/**
 * Every record of a list route as options, archived ones too (a record may still point at one),
 * asked once per path until a save makes them stale (see forgetOptions).
 */
export function loadRecordOptions(path: string): Promise<ApiResult<RecordOption[]>> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetchOptions(path);
    cache.set(path, pending);
    // A failure is not kept: the next screen asks again.
    void pending.then((r) => {
      if (!r.ok) cache.delete(path);
    });
  }
  return pending;
}

/** After a save: a new category must show in the next form's picker. */
export function forgetOptions(): void {
  cache.clear();
}

async function fetchOptions(path: string): Promise<ApiResult<RecordOption[]>> {
  const r = await http.get<Record<string, unknown>[] | Page<Record<string, unknown>>>(
    `${path}?limit=500&archived=include`,
  );
  if (!r.ok) return r;
  const items = Array.isArray(r.value) ? r.value : r.value.items;
  return {
    ok: true,
    value: items
      .map((o) => ({
        id: Number(o.id),
        name: String(o.full_name ?? o.name ?? `#${String(o.id)}`),
        active: o.active !== false,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
