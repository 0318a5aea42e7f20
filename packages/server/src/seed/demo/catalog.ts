import { dec } from '@till/core';
import type { Transaction } from '../../db/database.ts';
import { categories, productBarcodes, products, productTaxes } from '../../db/schema/index.ts';
import { ean13, weightBarcodeBase } from '../barcodes.ts';
import { DEMO_CATALOG, parseProducts, type DemoTaxKey } from './catalog-data.ts';

export interface DemoCatalog {
  /** Category ids by name. */
  readonly categoryIds: Record<string, number>;
  /** Product ids by name. */
  readonly productIds: Record<string, number>;
  readonly productCount: number;
}

/** Cost price of a demo product: 55 % of the sales price, to the cent. */
const costOf = (price: string) => dec(price).times('0.55').toDecimalPlaces(2).toFixed(2);

/**
 * The category tree and its products: EAN-13 barcodes (376…, valid check digits), weighed
 * products with a `21PPPPP00000C` barcode for scale labels, lots on wine, serials on electronics.
 */
export async function seedDemoCatalog(
  tx: Transaction,
  taxIds: Record<DemoTaxKey, number>,
): Promise<DemoCatalog> {
  const categoryIds: Record<string, number> = {};
  const productIds: Record<string, number> = {};
  let serial = 0;
  let weighed = 10_000;
  for (const [b, branch] of DEMO_CATALOG.entries()) {
    const [root] = await tx
      .insert(categories)
      .values({ name: branch.name, sequence: b })
      .returning({ id: categories.id });
    categoryIds[branch.name] = root!.id;
    for (const [l, leaf] of branch.children.entries()) {
      const [category] = await tx
        .insert(categories)
        .values({ name: leaf.name, parent_id: root!.id, sequence: l })
        .returning({ id: categories.id });
      categoryIds[leaf.name] = category!.id;
      const entries = parseProducts(leaf.products);
      const rows = await tx
        .insert(products)
        .values(
          entries.map((p, i) => ({
            name: p.name,
            internal_reference: `${leaf.code}-${String(i + 1).padStart(3, '0')}`,
            category_id: category!.id,
            list_price: p.price,
            standard_price: costOf(p.price),
            uom: leaf.uom ?? ('unit' as const),
            tracking: leaf.tracking ?? ('none' as const),
            income_account_code: '707000',
          })),
        )
        .returning({ id: products.id, name: products.name });
      await tx.insert(productBarcodes).values(
        rows.map((row) => ({
          product_id: row.id,
          barcode:
            leaf.uom === 'kg'
              ? weightBarcodeBase(++weighed)
              : ean13(`376${String(++serial).padStart(9, '0')}`),
        })),
      );
      await tx
        .insert(productTaxes)
        .values(
          rows.flatMap((row) => leaf.taxes.map((key) => ({ product_id: row.id, tax_id: taxIds[key] }))),
        );
      for (const row of rows) productIds[row.name] = row.id;
    }
  }
  return { categoryIds, productIds, productCount: Object.keys(productIds).length };
}
