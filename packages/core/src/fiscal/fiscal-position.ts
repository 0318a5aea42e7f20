import type { Decimal } from '../money/decimal.ts';
import { ONE } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { computeTaxes } from '../tax/compute-taxes.ts';
import type { Tax, TaxIndex } from '../tax/tax.ts';

/**
 * A fiscal position adapts taxes to a situation: take-away food at a lower VAT than eat-in, a
 * customer abroad paying no VAT. It maps each tax to zero, one or several other taxes; a tax it
 * does not mention stays as it is.
 */
export interface FiscalPosition {
  readonly id: string;
  readonly name: string;
  readonly map: readonly { readonly from: string; readonly to: readonly string[] }[];
}

/** The taxes a line carries under a fiscal position (none: the taxes unchanged). */
export function mapTaxes(taxes: readonly Tax[], position: FiscalPosition | null, index: TaxIndex): Tax[] {
  if (!position) return [...taxes];
  const out: Tax[] = [];
  for (const tax of taxes) {
    const rule = position.map.find((m) => m.from === tax.id);
    const mapped = rule ? rule.to.map((id) => index.get(id)).filter((t): t is Tax => t !== undefined) : [tax];
    for (const t of mapped) if (!out.some((o) => o.id === t.id)) out.push(t);
  }
  return out;
}

/**
 * The unit price under a fiscal position. A price that includes a tax the position maps away is
 * brought back to its price without that tax (a 12.00 eat-in price with 20 % included becomes 10.00
 * when take-away maps 20 % to an excluded 10 %, which is then added on top); when the new taxes are
 * themselves price-included, they are put back in (12.00 at 20 % included → 11.00 at 10 % included).
 * Both steps round to the currency, as the till shows the adjusted price.
 */
export function priceUnderFiscalPosition(
  price: Decimal,
  taxes: readonly Tax[],
  position: FiscalPosition | null,
  index: TaxIndex,
  currency: Currency,
): Decimal {
  if (!position) return price;
  const mappedAwayIncluded: Tax[] = [];
  const newIncluded: Tax[] = [];
  for (const tax of taxes) {
    const mapped = mapTaxes([tax], position, index);
    if (mapped[0]?.price_include) newIncluded.push(...mapped.filter((t) => !newIncluded.includes(t)));
    if (tax.price_include && !mapped.some((t) => t.id === tax.id)) mappedAwayIncluded.push(tax);
  }
  if (mappedAwayIncluded.length === 0) return price;
  const common = { index, quantity: ONE, currency, rounding: 'per_line' as const };
  const withoutTax = computeTaxes({ ...common, taxes: mappedAwayIncluded, priceUnit: price }).total_excluded;
  if (newIncluded.length === 0) return withoutTax;
  const excludedNew = newIncluded.map((t) => ({ ...t, price_include: false }));
  return computeTaxes({ ...common, taxes: excludedNew, priceUnit: withoutTax }).total_included;
}
