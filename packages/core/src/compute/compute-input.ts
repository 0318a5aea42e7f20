import type { Decimal } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import type { FiscalPosition } from '../fiscal/fiscal-position.ts';
import type { Payment } from '../order/payments.ts';
import type { Category, Pricelist, PricedProduct } from '../pricing/types.ts';
import type { CashRounding } from '../rounding/cash-rounding.ts';
import type { Tax, TaxIndex, TaxRounding } from '../tax/tax.ts';

/** A product as `till compute` reads it: priced, categorised, and with its default taxes. */
export interface ComputeProduct extends PricedProduct {
  readonly taxes: readonly string[];
}

export interface ComputeLine {
  readonly product: string | null;
  readonly qty: Decimal;
  /** Absent: the price comes from the pricelist (or the product's sales price). */
  readonly price_unit: Decimal | undefined;
  readonly discount: Decimal;
  /** Absent: the product's taxes. Either way the fiscal position then maps them. */
  readonly taxes: readonly string[] | undefined;
}

/** One order to compute, read and checked from the JSON format of docs/compute.md. */
export interface ComputeInput {
  readonly currency: Currency;
  readonly taxRounding: TaxRounding;
  readonly taxes: readonly Tax[];
  readonly taxIndex: TaxIndex;
  readonly fiscalPosition: FiscalPosition | null;
  readonly products: ReadonlyMap<string, ComputeProduct>;
  readonly categories: readonly Category[];
  readonly pricelists: readonly Pricelist[];
  readonly pricelistId: string | null;
  /** The date of sale (YYYY-MM-DD), for pricelist rules with dates. */
  readonly date: string | null;
  readonly lines: readonly ComputeLine[];
  readonly globalDiscount: Decimal;
  readonly cashRounding: CashRounding | null;
  readonly payments: readonly Payment[];
}
