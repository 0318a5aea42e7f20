/*
 * The answers of the HTTP API the till uses, as agreed with the server (JSON, money as decimal
 * strings, server ids as integers). The order sync and the load stream are typed in @till/core;
 * what repeats a load record's fields is derived from core's record, not written twice.
 */
import type { TillCustomer, TillEmployee } from '@till/core';

export interface User {
  readonly id: number;
  readonly name: string;
  readonly role: string;
}

export interface LoginAnswer {
  readonly user: User;
  readonly csrf_token: string;
}

export const SESSION_STATES = ['opening_control', 'opened', 'closing_control', 'closed'] as const;
export type SessionState = (typeof SESSION_STATES)[number];

export interface SessionInfo {
  readonly id: number;
  readonly name: string;
  readonly state: SessionState;
  /** A user's name (or their id, if the server sends that). */
  readonly opened_by: string | number | { readonly id: number; readonly name: string } | null;
  readonly opened_at: string | null;
}

export interface ShopSummary {
  readonly id: number;
  readonly name: string;
  readonly session: SessionInfo | null;
}

/** The employee selling: a load's employee without the badge. */
export type Employee = Pick<TillEmployee, 'id' | 'name' | 'role'>;

export interface JoinAnswer {
  readonly session: SessionInfo;
  readonly login_number: number;
}

export interface CashBreakdown {
  readonly opening: string;
  readonly payments: string;
  readonly cash_in: string;
  readonly cash_out: string;
  readonly expected?: string;
}

export interface ClosingMethod {
  readonly method_id: number;
  readonly name: string;
  readonly kind: 'cash' | 'bank' | 'pay_later';
  readonly expected: string;
  readonly payment_count: number;
  /** The server gives the cash breakdown on the cash method. */
  readonly cash?: CashBreakdown;
}

export interface ClosingDraftOrder {
  readonly uid?: string;
  readonly id?: number;
  readonly receipt_number?: string;
  readonly total_included?: string;
}

export interface ClosingData {
  readonly orders_count: number;
  readonly orders_total: string;
  readonly methods: readonly ClosingMethod[];
  /** As first agreed; the server now puts it on the cash method (both are read). */
  readonly cash?: CashBreakdown | null;
  readonly draft_orders: readonly ClosingDraftOrder[];
  readonly max_difference: string;
}

export interface CloseBody {
  readonly counted: Readonly<Record<string, string>>;
  readonly notes: string;
  readonly confirm_difference: boolean;
  /** Unpaid orders the server knows of in the session: refuse to close (default) or cancel them. */
  readonly drafts?: 'refuse' | 'cancel';
  /** The employee at the till: a manager may confirm a difference. */
  readonly employee_id?: number;
}

export interface OrderSummary {
  readonly id: number;
  readonly uid: string;
  readonly receipt_number: string;
  readonly sold_at: string;
  readonly customer_name: string | null;
  readonly total_included: string;
  readonly state: string;
}

export interface OrderList {
  readonly items: readonly OrderSummary[];
  readonly total: number;
}

export interface OrderDetailLine {
  readonly uid: string;
  /** `product`, or a line the order made itself (global discount, rounding). */
  readonly kind?: string;
  /** The product's id, or the product as `{ id, name }`: both are read. */
  readonly product_id?: number;
  readonly product_name?: string;
  readonly product?: { readonly id: number; readonly name: string } | number;
  readonly qty: string;
  readonly price_unit: string;
  readonly discount: string;
  readonly refundable_qty: string;
  readonly tax_ids?: readonly number[];
  readonly customer_note?: string;
  readonly price_subtotal_incl?: string;
}

export interface OrderDetail extends Omit<OrderSummary, 'customer_name'> {
  readonly customer_name?: string | null;
  readonly session_id?: number;
  readonly customer_id?: number | null;
  readonly pricelist_id?: number | null;
  readonly fiscal_position_id?: number | null;
  readonly employee_name?: string | null;
  readonly lines: readonly OrderDetailLine[];
  readonly payments: readonly {
    readonly method_id: number;
    readonly name?: string;
    readonly amount: string;
  }[];
  readonly total_excluded?: string;
  readonly total_tax?: string;
  readonly change?: string;
}

export interface OrderQuery {
  readonly receipt?: string;
  readonly customer_id?: number;
  readonly from?: string;
  readonly to?: string;
  readonly session_id?: number;
  readonly shop_id?: number;
  readonly state?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** What the till sends to create or change a customer: a load's customer without the server's fields. */
export type CustomerFields = Pick<
  TillCustomer,
  'name' | 'email' | 'phone' | 'street' | 'city' | 'zip' | 'country' | 'tax_id'
>;
