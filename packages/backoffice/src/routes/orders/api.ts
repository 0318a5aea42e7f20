import { http } from '../../api/client.ts';
import { queryString } from '../../api/query-string.ts';
import type { Page } from '../../api/types.ts';

export interface OrderListItem {
  readonly id: number;
  readonly receipt_number: string;
  readonly shop_id: number;
  readonly session_id: number;
  readonly sold_at: string;
  readonly state: string;
  readonly is_refund: boolean;
  readonly customer_id: number | null;
  readonly customer_name: string | null;
  readonly total_included: string;
  readonly total_due: string;
  readonly review_state: string;
}

export interface OrderFilters {
  readonly receipt?: string;
  readonly customer?: string;
  readonly customer_id?: string;
  readonly employee_id?: string;
  readonly shop_id?: string;
  readonly session_id?: string | number;
  readonly state?: string;
  readonly flagged?: string;
  readonly review_state?: string;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export const listOrders = (filters: OrderFilters) =>
  http.get<Page<OrderListItem>>(`/api/orders${queryString({ ...filters })}`);

export interface OrderLine {
  readonly id: number;
  readonly kind: string;
  readonly product_id: number | null;
  readonly product_name: string;
  readonly qty: string;
  readonly price_unit: string;
  readonly discount: string;
  readonly subtotal_excluded: string;
  readonly subtotal_included: string;
  readonly customer_note: string;
  readonly lots: readonly string[];
  readonly refunded_line_id: number | null;
  readonly refundable_qty: string;
}

export interface OrderPayment {
  readonly id: number;
  readonly method_id: number | null;
  readonly method: string | null;
  readonly amount: string;
  readonly is_change: boolean;
}

/** How a flagged order was settled: accepted as sold, or corrected (customer, a payment's method). */
export interface OrderReview {
  readonly decision: 'accept' | 'correct';
  readonly reason: string;
  readonly by: string | null;
  readonly at: string | null;
  readonly corrections: unknown;
}

export interface OrderRefund {
  readonly order_id: number;
  readonly receipt_number: string;
  readonly sold_at: string;
  /** Negative: paid back. */
  readonly amount: string;
  readonly lines: readonly { refunded_line_id: number; qty: string }[];
}

export interface OrderDetail {
  readonly id: number;
  readonly uid: string;
  readonly shop_id: number;
  readonly session_id: number;
  readonly original_session_id: number | null;
  readonly receipt_number: string;
  readonly state: string;
  readonly is_refund: boolean;
  readonly sold_at: string;
  readonly received_at: string;
  readonly employee_id: number | null;
  readonly customer_id: number | null;
  readonly note: string;
  readonly global_discount: string;
  readonly total_excluded: string;
  readonly total_tax: string;
  readonly total_included: string;
  readonly rounding: string;
  readonly total_due: string;
  readonly amount_paid: string;
  readonly change: string;
  readonly tax_totals: readonly { tax_id: number; name: string; base: string; amount: string }[];
  readonly flags: readonly { code: string; detail: string }[];
  readonly review_state: string;
  readonly review_note: string;
  readonly review: OrderReview | null;
  readonly lines: readonly OrderLine[];
  readonly payments: readonly OrderPayment[];
  readonly refunds: readonly OrderRefund[];
}

export const loadOrder = (id: number) => http.get<OrderDetail>(`/api/orders/${id}`);

export interface ReviewBody {
  readonly decision: 'accept' | 'correct';
  readonly reason: string;
  readonly corrections?: {
    readonly customer_id?: number | null;
    readonly payments?: readonly { id: number; payment_method_id: number }[];
  };
}

export const reviewOrder = (id: number, body: ReviewBody) =>
  http.post<unknown>(`/api/orders/${id}/review`, body);
