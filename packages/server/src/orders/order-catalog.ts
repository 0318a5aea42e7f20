import {
  categoryFromTill,
  dec,
  fiscalPositionFromTill,
  indexTaxes,
  pricelistFromTill,
  productFromTill,
  taxFromTill,
  type OrderCatalog,
  type SyncOrder,
  type TillShop,
} from '@till/core';
import type { Queryable } from '../db/database.ts';
import {
  loadCategories,
  loadFiscalPositions,
  loadPaymentMethods,
  loadPricelists,
  loadProductsById,
  loadShop,
  loadTaxes,
} from '../till-data/records.ts';

export interface ShopCatalog {
  readonly shop: TillShop;
  readonly catalog: OrderCatalog;
  /** Product facts the sync needs beyond pricing. */
  readonly productInfo: ReadonlyMap<
    number,
    { name: string; tracking: 'none' | 'lot' | 'serial'; income_account_code: string | null }
  >;
}

/**
 * The catalog an order batch is checked against: the shop's settings, taxes, pricelists, fiscal
 * positions, payment methods, and the products the batch mentions (not the whole catalog: a batch
 * of 5 orders should not read 100,000 products).
 */
export async function loadShopCatalog(
  db: Queryable,
  shopId: number,
  orders: readonly SyncOrder[],
): Promise<ShopCatalog | undefined> {
  const shop = await loadShop(db, shopId);
  if (!shop) return undefined;
  const pricelistIds = [
    ...shop.pricelist_ids,
    ...orders.map((o) => o.pricelist_id).filter((x): x is number => x !== null),
  ];
  const fiscalIds = [
    ...shop.fiscal_position_ids,
    ...orders.map((o) => o.fiscal_position_id).filter((x): x is number => x !== null),
  ];
  const productIds = orders.flatMap((o) => o.lines.map((l) => l.product_id));
  const [taxes, categories, fiscal, pricelists, methods, products] = await Promise.all([
    loadTaxes(db),
    loadCategories(db),
    loadFiscalPositions(db, [...new Set(fiscalIds)]),
    loadPricelists(db, pricelistIds),
    loadPaymentMethods(db, shopId),
    loadProductsById(db, productIds),
  ]);
  const catalog: OrderCatalog = {
    currency: shop.currency,
    taxRounding: shop.tax_rounding,
    cashRounding: shop.cash_rounding
      ? { ...shop.cash_rounding, precision: dec(shop.cash_rounding.precision) }
      : null,
    taxIndex: indexTaxes(taxes.map(taxFromTill)),
    products: new Map(
      products.map((p) => [p.id, { product: productFromTill(p), name: p.name, active: p.active }]),
    ),
    categories: categories.map(categoryFromTill),
    pricelists: pricelists.map(pricelistFromTill),
    fiscalPositions: new Map(fiscal.map((f) => [f.id, fiscalPositionFromTill(f)])),
    paymentMethods: new Map(methods.map((m) => [m.id, { kind: m.kind }])),
  };
  const productInfo = new Map(
    products.map((p) => [
      p.id,
      { name: p.name, tracking: p.tracking, income_account_code: p.income_account_code },
    ]),
  );
  return { shop, catalog, productInfo };
}
