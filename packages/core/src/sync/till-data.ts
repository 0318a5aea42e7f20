/**
 * What a till loads to sell (DESIGN.md §3): one request, `GET /api/shops/:shopId/load`, answered as
 * a stream of newline-delimited JSON records (`application/x-ndjson`, gzip when asked), read in one
 * database snapshot. The first record says how many products and customers follow, so the till can
 * show progress and start selling before the last page arrives. `?since=VERSION` answers only what
 * changed after that version (archived records come as removals), so a till refreshes cheaply.
 *
 * Money and quantities are decimal strings; ids of server records are integers.
 */
export const TILL_DATA_VERSION = 1;

export interface TillShop {
  readonly id: number;
  readonly name: string;
  readonly currency: { readonly code: string; readonly decimals: 0 | 1 | 2 | 3 | 4 };
  readonly tax_rounding: 'per_line' | 'global';
  readonly cash_control: boolean;
  readonly max_closing_difference: string;
  readonly receipt_header: string;
  readonly receipt_footer: string;
  readonly cash_rounding: {
    readonly precision: string;
    readonly method: 'HALF-UP' | 'UP' | 'DOWN';
    readonly strategy: 'add_line' | 'biggest_tax';
    readonly cash_only: boolean;
  } | null;
  readonly default_pricelist_id: number | null;
  readonly pricelist_ids: readonly number[];
  readonly fiscal_position_ids: readonly number[];
  readonly allow_pricelist_choice: boolean;
  readonly restaurant_mode: boolean;
  readonly stock_update: 'real' | 'closing';
  /** Coin and bill values for the cash counter, largest first. */
  readonly denominations: readonly string[];
}

export interface TillCategory {
  readonly id: number;
  readonly name: string;
  readonly parent_id: number | null;
  readonly sequence: number;
}

export interface TillTax {
  readonly id: number;
  readonly name: string;
  readonly amount_type: 'percent' | 'fixed' | 'division' | 'group';
  readonly amount: string;
  readonly price_include: boolean;
  readonly include_base_amount: boolean;
  readonly is_base_affected: boolean;
  readonly sequence: number;
  readonly children: readonly number[];
}

export interface TillFiscalPosition {
  readonly id: number;
  readonly name: string;
  readonly map: readonly { readonly from: number; readonly to: readonly number[] }[];
}

export interface TillPricelistRule {
  readonly applied_on: 'all' | 'category' | 'product';
  readonly category_id: number | null;
  readonly product_id: number | null;
  readonly min_quantity: string;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly sequence: number;
  readonly compute_price: 'fixed' | 'percentage' | 'formula';
  readonly fixed_price: string;
  readonly percent_price: string;
  readonly base: 'list_price' | 'standard_price' | 'pricelist';
  readonly base_pricelist_id: number | null;
  readonly price_discount: string;
  readonly price_surcharge: string;
  readonly price_round: string;
  readonly price_min_margin: string | null;
  readonly price_max_margin: string | null;
}

export interface TillPricelist {
  readonly id: number;
  readonly name: string;
  readonly rules: readonly TillPricelistRule[];
}

export interface TillPaymentMethod {
  readonly id: number;
  readonly name: string;
  readonly kind: 'cash' | 'bank' | 'pay_later';
}

export interface TillEmployee {
  readonly id: number;
  readonly name: string;
  readonly role: 'manager' | 'cashier';
  /** The badge barcode (scanned at the lock screen), if any. */
  readonly badge: string | null;
}

export interface TillProduct {
  readonly id: number;
  readonly name: string;
  readonly default_code: string | null;
  readonly barcodes: readonly string[];
  readonly category_id: number | null;
  readonly list_price: string;
  readonly standard_price: string;
  readonly tax_ids: readonly number[];
  readonly uom: 'unit' | 'kg';
  readonly tracking: 'none' | 'lot' | 'serial';
}

export interface TillCustomer {
  readonly id: number;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly street: string | null;
  readonly city: string | null;
  readonly zip: string | null;
  readonly country: string | null;
  readonly tax_id: string | null;
  readonly barcode: string | null;
  readonly pricelist_id: number | null;
  readonly fiscal_position_id: number | null;
}

/** One line of the load stream. Products and customers come in pages of up to 1,000. */
export type TillDataRecord =
  | {
      readonly type: 'meta';
      readonly format: typeof TILL_DATA_VERSION;
      /** Pass back as `?since=` to get what changed after this load. */
      readonly version: string;
      readonly since: string | null;
      readonly products_total: number;
      readonly customers_total: number;
    }
  | { readonly type: 'shop'; readonly shop: TillShop }
  | { readonly type: 'categories'; readonly items: readonly TillCategory[] }
  | { readonly type: 'taxes'; readonly items: readonly TillTax[] }
  | { readonly type: 'fiscal_positions'; readonly items: readonly TillFiscalPosition[] }
  | { readonly type: 'pricelists'; readonly items: readonly TillPricelist[] }
  | { readonly type: 'payment_methods'; readonly items: readonly TillPaymentMethod[] }
  | { readonly type: 'employees'; readonly items: readonly TillEmployee[] }
  | { readonly type: 'products'; readonly items: readonly TillProduct[] }
  | { readonly type: 'customers'; readonly items: readonly TillCustomer[] }
  /** With `?since=`: records archived or deleted after that version. */
  | { readonly type: 'removed'; readonly products: readonly number[]; readonly customers: readonly number[] }
  | { readonly type: 'end'; readonly version: string };
