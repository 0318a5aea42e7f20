import type { OrderFlag, SyncTotals } from '@till/core';

/**
 * An order as the till keeps it in IndexedDB, from the first product added to the server's answer.
 * Amounts and quantities are decimal strings (what the keypad typed, normalised); totals are
 * computed by core when shown and frozen into `totals` when the order is paid.
 */
export interface TillOrderLine {
  readonly uid: string;
  readonly product_id: number;
  readonly product_name: string;
  readonly uom: 'unit' | 'kg';
  readonly qty: string;
  readonly price_unit: string;
  readonly discount: string;
  /** The product's taxes, before the fiscal position maps them. */
  readonly tax_ids: readonly number[];
  /**
   * Where the unit price comes from: the pricelist (re-priced when quantity, pricelist or fiscal
   * position change), typed by the cashier, read from a price label, or copied from the sold line.
   */
  readonly price_source: 'pricelist' | 'manual' | 'barcode' | 'refund';
  readonly customer_note: string;
  readonly lots: readonly string[];
  readonly refunded_line_uid: string | null;
}

export interface TillPayment {
  readonly uid: string;
  readonly method_id: number;
  readonly amount: string;
}

/** Where a paid order stands with the server. */
export const SYNC_STATES = ['none', 'waiting', 'sent', 'rejected'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

export interface SyncRecord {
  readonly attempts: number;
  readonly last_attempt_at: string | null;
  readonly last_error: string | null;
  readonly outcome: 'created' | 'created_flagged' | 'already_known' | null;
  readonly order_id: number | null;
  readonly flags: readonly OrderFlag[];
  /** The server's boot id when it acknowledged the order (re-sent when it changes). */
  readonly boot_id: string | null;
}

export interface TillOrder {
  readonly uid: string;
  readonly shop_id: number;
  readonly session_id: number;
  readonly login_number: number;
  readonly sequence: number;
  readonly receipt_number: string;
  readonly state: 'draft' | 'paid' | 'cancelled';
  readonly created_at: string;
  readonly updated_at: string;
  /** When it was paid, ISO 8601 with the device's offset. */
  readonly sold_at: string | null;
  readonly employee_id: number | null;
  readonly customer_id: number | null;
  /** A customer created on this device and not yet known to the server. */
  readonly customer_uid: string | null;
  readonly customer_name: string | null;
  readonly pricelist_id: number | null;
  readonly fiscal_position_id: number | null;
  readonly global_discount: string;
  readonly note: string;
  readonly lines: readonly TillOrderLine[];
  readonly payments: readonly TillPayment[];
  /** What the customer was shown at payment; null while unpaid. */
  readonly totals: SyncTotals | null;
  readonly refund_of: { readonly order_id: number; readonly receipt_number: string } | null;
  readonly sync_state: SyncState;
  /** When the paid order entered the outbox. */
  readonly queued_at: string | null;
  readonly sync: SyncRecord;
}

export const EMPTY_SYNC: SyncRecord = {
  attempts: 0,
  last_attempt_at: null,
  last_error: null,
  outcome: null,
  order_id: null,
  flags: [],
  boot_id: null,
};
