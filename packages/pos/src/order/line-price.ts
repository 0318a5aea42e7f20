import {
  computePrice,
  computeTaxes,
  describePricingError,
  fiscalPositionFromTill,
  mapTaxes,
  ONE,
  priceUnderFiscalPosition,
  productFromTill,
  type Decimal,
  type FiscalPosition,
  type Tax,
  type TillProduct,
} from '@till/core';
import type { Catalog } from '../catalog/catalog.ts';

export interface PriceContext {
  readonly pricelistId: number | null;
  readonly fiscalPositionId: number | null;
  /** The day of sale, YYYY-MM-DD (the device's local date, as the order's `sold_at` will say). */
  readonly date: string;
}

export function taxesOf(catalog: Catalog, taxIds: readonly number[]): Tax[] {
  return taxIds.map((id) => catalog.taxIndex.get(String(id))).filter((t): t is Tax => t !== undefined);
}

export function fiscalPositionOf(catalog: Catalog, id: number | null): FiscalPosition | null {
  const position = id === null ? undefined : catalog.fiscalPositions.get(id);
  return position ? fiscalPositionFromTill(position) : null;
}

/**
 * The unit price of a product for a quantity, as the server will check it: the pricelist's price
 * (core `computePrice`), adjusted by core for the fiscal position's taxes.
 */
export function pricelistUnitPrice(
  catalog: Catalog,
  product: TillProduct,
  qty: Decimal,
  context: PriceContext,
): { ok: true; price: Decimal } | { ok: false; error: string } {
  const listed = computePrice({
    product: productFromTill(product),
    quantity: qty,
    date: context.date,
    pricelistId: context.pricelistId === null ? null : String(context.pricelistId),
    pricelists: catalog.corePricelists,
    categories: catalog.coreCategories,
  });
  if (!listed.ok) return { ok: false, error: describePricingError(listed.error) };
  const price = priceUnderFiscalPosition(
    listed.value,
    taxesOf(catalog, product.tax_ids),
    fiscalPositionOf(catalog, context.fiscalPositionId),
    catalog.taxIndex,
    catalog.currency,
  );
  return { ok: true, price };
}

/** What one unit costs the customer, taxes included (the price shown on a product tile). */
export function displayedUnitPrice(
  catalog: Catalog,
  product: TillProduct,
  context: PriceContext,
): Decimal | null {
  const unit = pricelistUnitPrice(catalog, product, ONE, context);
  if (!unit.ok) return null;
  const taxes = mapTaxes(
    taxesOf(catalog, product.tax_ids),
    fiscalPositionOf(catalog, context.fiscalPositionId),
    catalog.taxIndex,
  );
  return computeTaxes({
    taxes,
    index: catalog.taxIndex,
    priceUnit: unit.price,
    quantity: ONE,
    currency: catalog.currency,
    rounding: 'per_line',
  }).total_included;
}
