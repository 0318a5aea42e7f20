import type { Decimal } from '../money/decimal.ts';

/**
 * How a tax's `amount` turns into money:
 * - `percent`: amount % of the base (21 → 21 % VAT);
 * - `fixed`: amount per unit of quantity (an eco-tax of 0.50 per bottle);
 * - `division`: the price is base / (1 − amount %), the tax being the difference (a tax "included in
 *   a price computed by division", used in Brazil and for some levies);
 * - `group`: no amount of its own; its children are computed as if they stood in its place.
 */
export const TAX_AMOUNT_TYPES = ['percent', 'fixed', 'division', 'group'] as const;
export type TaxAmountType = (typeof TAX_AMOUNT_TYPES)[number];

/**
 * A tax as the engine needs it. `price_include` says the unit price already contains the tax.
 * `include_base_amount` says the tax amount is added to the base of the taxes after it (a tax on a
 * tax); a later tax takes part only when `is_base_affected` (true unless said otherwise).
 * Taxes apply in ascending `sequence`.
 */
export interface Tax {
  readonly id: string;
  readonly name: string;
  readonly amount_type: TaxAmountType;
  readonly amount: Decimal;
  readonly price_include: boolean;
  readonly include_base_amount: boolean;
  readonly is_base_affected: boolean;
  readonly sequence: number;
  /** Ids of the child taxes, for a `group`. */
  readonly children: readonly string[];
}

/** Every tax the shop knows, by id. */
export type TaxIndex = ReadonlyMap<string, Tax>;

export function indexTaxes(taxes: Iterable<Tax>): TaxIndex {
  return new Map([...taxes].map((t) => [t.id, t]));
}

/** Per-line or global tax rounding (a company setting, as in accounting). */
export const TAX_ROUNDINGS = ['per_line', 'global'] as const;
export type TaxRounding = (typeof TAX_ROUNDINGS)[number];
