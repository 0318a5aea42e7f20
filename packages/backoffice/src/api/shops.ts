import { http } from './client.ts';
import type { ApiResult } from './http.ts';
import type { Page } from './types.ts';

/** A shop as the filters and pickers need it. */
export interface ShopOption {
  readonly id: number;
  readonly name: string;
  readonly currency_code: string;
  readonly currency_decimals: number;
}

/** The shops I have rights on (the route answers a list; a page is read too). */
export async function listShopOptions(): Promise<ApiResult<ShopOption[]>> {
  const r = await http.get<ShopOption[] | Page<ShopOption>>('/api/shops');
  if (!r.ok) return r;
  return { ok: true, value: Array.isArray(r.value) ? r.value : [...r.value.items] };
}

/** What the closing control needs of a shop: its coins and bills. */
export interface ShopDenominations {
  readonly id: number;
  readonly currency_code: string;
  readonly currency_decimals: number;
  /** Coin and bill values, decimal strings. */
  readonly denominations: readonly string[];
}

export const loadShopDenominations = (id: number) => http.get<ShopDenominations>(`/api/shops/${id}`);
