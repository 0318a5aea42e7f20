import { http } from '../../api/client.ts';
import { queryString } from '../../api/query-string.ts';
import type { Page } from '../../api/types.ts';

export const SALES_GROUPS = [
  'hour',
  'day',
  'month',
  'shop',
  'session',
  'cashier',
  'product',
  'category',
  'payment_method',
] as const;
export type SalesGroup = (typeof SALES_GROUPS)[number];

export const TIME_GROUPS: readonly SalesGroup[] = ['hour', 'day', 'month'];

export interface SalesFigures {
  readonly orders: number;
  /** Null by payment method (a payment has no quantity). */
  readonly quantity: string | null;
  readonly total_excluded: string | null;
  readonly total_included: string | null;
}

export interface SalesRow extends SalesFigures {
  readonly key: string;
  readonly label: string;
  readonly currency: string;
}

export interface SalesReport {
  readonly group_by: SalesGroup;
  /** Null when shops of several currencies are in: then see totals_by_currency. */
  readonly currency: string | null;
  readonly rows: readonly SalesRow[];
  readonly totals: SalesFigures;
  readonly totals_by_currency: readonly (SalesFigures & { currency: string })[];
}

export interface SalesQuery {
  readonly from?: string;
  readonly to?: string;
  readonly shop_id?: string;
  readonly session_id?: string;
  readonly employee_id?: string;
  readonly product_id?: string;
  readonly category_id?: string;
  readonly payment_method_id?: string;
  readonly group_by: SalesGroup;
}

export const salesPath = (q: SalesQuery, format: 'json' | 'csv' = 'json') =>
  `/api/reports/sales${queryString({ ...q, format: format === 'csv' ? 'csv' : undefined })}`;

export const loadSales = (q: SalesQuery) => http.get<SalesReport>(salesPath(q));

export interface StockRow {
  readonly product_id: number;
  readonly product_name: string;
  readonly default_code: string | null;
  readonly lot: string;
  readonly quantity: string;
  readonly uom: string;
}

export const loadStock = (q: { shop_id?: string; q?: string; limit: number; offset: number }) =>
  http.get<Page<StockRow>>(`/api/reports/stock${queryString(q)}`);
