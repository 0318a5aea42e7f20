import { http } from '../../api/client.ts';
import { queryString } from '../../api/query-string.ts';
import type { Page } from '../../api/types.ts';

export type SessionState = 'opening_control' | 'opened' | 'closing_control' | 'closed';
export type MethodKind = 'cash' | 'bank' | 'pay_later';

export interface SessionListItem {
  readonly id: number;
  readonly shop_id: number;
  readonly shop_name: string;
  readonly name: string;
  readonly state: SessionState;
  readonly rescue: boolean;
  readonly rescue_for_session_id: number | null;
  readonly opened_at: string | null;
  readonly closed_at: string | null;
  readonly opened_by_name: string | null;
  readonly closed_by_name: string | null;
}

export interface SessionFilters {
  readonly shop_id?: string;
  readonly state?: string;
  readonly rescue?: string;
  readonly from?: string;
  readonly to?: string;
  readonly offset?: number;
  readonly limit?: number;
}

export const listSessions = (filters: SessionFilters) =>
  http.get<Page<SessionListItem>>(`/api/sessions${queryString({ ...filters })}`);

export interface ReportSession extends SessionListItem {
  readonly cash_control: boolean;
  readonly opened_by: number | null;
  readonly closed_by: number | null;
  readonly opening_notes: string;
  readonly closing_notes: string;
}

export interface PaymentTotal {
  readonly method_id: number;
  readonly name: string;
  readonly kind: MethodKind;
  readonly count: number;
  readonly amount: string;
}

export interface CashMove {
  readonly id: number;
  readonly type: 'in' | 'out';
  readonly amount: string;
  readonly reason: string;
  readonly at: string;
  readonly by: string | null;
}

export interface ControlLine {
  readonly method_id: number;
  readonly name: string;
  readonly kind: MethodKind;
  readonly expected: string;
  readonly counted: string | null;
  readonly difference: string | null;
  readonly cash?: { opening: string; payments: string; cash_in: string; cash_out: string };
}

export interface SessionReport {
  readonly currency: string;
  readonly currency_decimals: number;
  readonly session: ReportSession;
  readonly orders_count: number;
  readonly orders_total: string;
  readonly payments: readonly PaymentTotal[];
  readonly cash_moves: readonly CashMove[];
  readonly control: readonly ControlLine[];
  readonly draft_orders: readonly { id: number; receipt_number: string; total_due: string }[];
  readonly journal_entry: {
    readonly id: number;
    readonly ref: string;
    readonly posted_at: string;
    readonly lines: readonly {
      account_code: string;
      account_name: string;
      label: string;
      debit: string;
      credit: string;
    }[];
  } | null;
  readonly stock_moves: readonly {
    id: number;
    product_id: number;
    product_name: string;
    lot: string;
    quantity: string;
    from: string;
    to: string;
    at: string;
  }[];
}

export const loadSessionReport = (id: number) => http.get<SessionReport>(`/api/sessions/${id}/report`);

export interface ZReport {
  readonly shop: { id: number; name: string };
  readonly currency: string;
  readonly session: ReportSession;
  readonly period: { from: string | null; to: string | null };
  readonly orders: { count: number; total: string };
  readonly sales_by_tax: readonly { tax_id: number; name: string; base: string; amount: string }[];
  readonly payments: readonly PaymentTotal[];
  readonly cash_control: readonly ControlLine[];
  readonly differences: readonly { method_id: number; name: string; difference: string }[];
  readonly refunds: { count: number; total: string };
  readonly discounts: {
    line_count: number;
    line_amount: string;
    global_count: number;
    global_amount: string;
  };
  readonly cash_moves: readonly CashMove[];
  readonly closing_notes: string;
}

export const loadZReport = (id: number) => http.get<ZReport>(`/api/sessions/${id}/z-report`);
export const zReportPdfUrl = (id: number) => `/api/sessions/${id}/z-report.pdf`;

export interface ClosingMethod {
  readonly method_id: number;
  readonly name: string;
  readonly kind: MethodKind;
  readonly expected: string;
  readonly payment_count: number;
  readonly cash?: { opening: string; payments: string; cash_in: string; cash_out: string };
}

export interface ClosingData {
  readonly session_id: number;
  readonly state: SessionState;
  readonly orders_count: number;
  readonly orders_total: string;
  readonly methods: readonly ClosingMethod[];
  readonly max_difference: string;
  readonly draft_orders: readonly { id: number; receipt_number: string; total_due: string }[];
}

export const loadClosingData = (id: number) => http.get<ClosingData>(`/api/sessions/${id}/closing`);

export interface CloseBody {
  readonly counted: Record<string, string>;
  readonly notes: string;
  readonly confirm_difference: boolean;
  readonly drafts: 'refuse' | 'cancel';
}

export const closeSession = (id: number, body: CloseBody) =>
  http.post<{ entry_id: number; difference: string }>(`/api/sessions/${id}/close`, body);

/** Join a running session (take it over at a till): the till then continues it. */
export const joinSession = (id: number) => http.post<unknown>(`/api/sessions/${id}/join`, {});
