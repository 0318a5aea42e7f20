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
  const names = treeNames(items);
  return {
    ok: true,
    value: items
      .map((o) => ({ id: Number(o.id), name: names.get(Number(o.id))!, active: o.active !== false }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/**
 * Each record's name as a picker shows it: a category under its parents ("Food / Bakery"), the
 * server's `full_name` when it sends one, else built from `parent_id` (a loop stops the walk).
 */
export function treeNames(items: readonly Record<string, unknown>[]): Map<number, string> {
  const byId = new Map(items.map((o) => [Number(o.id), o]));
  const names = new Map<number, string>();
  for (const o of items) {
    const id = Number(o.id);
    if (typeof o.full_name === 'string') {
      names.set(id, o.full_name);
      continue;
    }
    const parts: string[] = [];
    const seen = new Set<number>();
    for (let at: Record<string, unknown> | undefined = o; at && !seen.has(Number(at.id));) {
      seen.add(Number(at.id));
      parts.unshift(String(at.name ?? `#${String(at.id)}`));
      at = at.parent_id == null ? undefined : byId.get(Number(at.parent_id));
    }
    names.set(id, parts.join(' / '));
  }
  return names;
}
