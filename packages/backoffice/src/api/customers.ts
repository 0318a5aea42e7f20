import { http } from './client.ts';
import { queryString } from './query-string.ts';
import type { Page } from './types.ts';

export interface CustomerOption {
  readonly id: number;
  readonly name: string;
  readonly email?: string | null;
  readonly phone?: string | null;
}

/** Customers whose name, email or phone contains `q` (the catalog's customers route). */
export const searchCustomers = (q: string) =>
  http.get<Page<CustomerOption>>(`/api/customers${queryString({ q, limit: 10 })}`);

export const loadCustomer = (id: number) => http.get<CustomerOption>(`/api/customers/${id}`);
