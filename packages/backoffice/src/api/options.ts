import { http } from './client.ts';
import type { ApiResult } from './http.ts';
import type { Page } from './types.ts';

/** Something to pick in a filter: an employee, a payment method, a category. */
export interface NamedOption {
  readonly id: number;
  readonly name: string;
}

/** Every record of a list route as options (lists answer a Page; a plain array is read too). */
export async function loadOptions(path: string): Promise<ApiResult<NamedOption[]>> {
  const r = await http.get<NamedOption[] | Page<NamedOption>>(`${path}?limit=500&archived=include`);
  if (!r.ok) return r;
  const items = Array.isArray(r.value) ? r.value : r.value.items;
  return { ok: true, value: items.map(({ id, name }) => ({ id, name })) };
}
