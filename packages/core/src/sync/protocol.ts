/**
 * The order sync protocol between a till and the server, version 1. One small file on purpose:
 * it is the contract both sides are tested against (DESIGN.md §3).
 *
 * A till sends batches of orders, each keyed by its `uid` (made on the device, a UUID). The server
 * stores each order once whatever happens: the same uid sent twice, by two tabs at once, or again
 * after a timeout whose answer was lost, answers `already_known`. Nothing sold is refused: an order
 * the server does not agree with is stored and flagged for a manager (`created_flagged`), an order
 * for a closed session goes to a rescue session. Only a payload that is not an order at all is a
 * 400, and then nothing of the batch is stored.
 *
 * All money and quantities are decimal strings. Ids of server records are integers.
 */
export const SYNC_PROTOCOL_VERSION = 1;

export const ORDER_STATES = ['draft', 'paid', 'invoiced', 'cancelled'] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export interface SyncOrderLine {
  /** Made on the device; a refund line points at the line it returns with `refunded_line_uid`. */
  readonly uid: string;
  readonly product_id: number;
  readonly qty: string;
  readonly price_unit: string;
  readonly discount: string;
  /** The product's taxes before the order's fiscal position maps them. */
  readonly tax_ids: readonly number[];
  /** True when the cashier typed the price (needs the right to change prices). */
  readonly price_manually_set: boolean;
  /**
   * True when the price came from a price-embedded barcode (a label printed by the shop's scale):
   * not the catalog price, yet no cashier's doing. Absent means false.
   */
  readonly price_from_barcode?: boolean;
  readonly customer_note: string;
  readonly lots: readonly string[];
  readonly refunded_line_uid: string | null;
}

export interface SyncPayment {
  readonly method_id: number;
  readonly amount: string;
}

/** What the till showed the customer; the server re-computes and compares. */
export interface SyncTotals {
  readonly total_excluded: string;
  readonly total_tax: string;
  readonly total_included: string;
  readonly total_due: string;
  readonly paid: string;
  readonly change: string;
}

export interface SyncOrder {
  readonly uid: string;
  readonly session_id: number;
  readonly login_number: number;
  readonly sequence: number;
  /** `Order SSSSS-LLL-NNNN`, from the three numbers above. */
  readonly receipt_number: string;
  readonly state: 'draft' | 'paid';
  /** When the sale happened on the device (ISO 8601 with offset). */
  readonly sold_at: string;
  readonly employee_id: number | null;
  readonly customer_id: number | null;
  readonly pricelist_id: number | null;
  readonly fiscal_position_id: number | null;
  readonly global_discount: string;
  readonly note: string;
  readonly lines: readonly SyncOrderLine[];
  readonly payments: readonly SyncPayment[];
  readonly totals: SyncTotals;
}

/** Why an accepted order needs a manager's review. */
export const ORDER_FLAGS = [
  'totals_differ',
  'product_archived',
  'product_unknown',
  'price_changed_without_right',
  'payments_do_not_cover',
  'refund_exceeds_sold',
  'serial_sold_twice',
  'late_for_closed_session',
  'customer_unknown',
] as const;
export type OrderFlagCode = (typeof ORDER_FLAGS)[number];

export interface OrderFlag {
  readonly code: OrderFlagCode;
  /** A sentence for the manager: what differs, on which line, by how much. */
  readonly detail: string;
}

export type SyncOutcome =
  | {
      readonly uid: string;
      readonly status: 'created';
      readonly order_id: number;
      readonly session_id: number;
    }
  | {
      readonly uid: string;
      readonly status: 'created_flagged';
      readonly order_id: number;
      readonly session_id: number;
      readonly flags: readonly OrderFlag[];
    }
  | {
      readonly uid: string;
      readonly status: 'already_known';
      readonly order_id: number;
      readonly session_id: number;
    };

export interface SyncRequest {
  readonly protocol: typeof SYNC_PROTOCOL_VERSION;
  /** The shop the till sells for; every order goes into one of its sessions. */
  readonly shop_id: number;
  readonly orders: readonly SyncOrder[];
}

export interface SyncResponse {
  readonly protocol: typeof SYNC_PROTOCOL_VERSION;
  /** Changes at every server start: a till re-sends the session's orders when it sees a new one. */
  readonly boot_id: string;
  readonly results: readonly SyncOutcome[];
}
