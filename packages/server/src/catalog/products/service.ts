import { and, asc, eq, exists, inArray, ne, sql } from 'drizzle-orm';
import type { Database, Queryable, Transaction } from '../../db/database.ts';
import {
  deletedRecords,
  orderLines,
  pricelistRules,
  productBarcodes,
  products,
  productTaxes,
  stockQuants,
} from '../../db/schema/index.ts';
import { archivedFilter, listPage, rowsByIds, searchFilter } from '../list.ts';
import { refuse } from '../refusal.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import type { NewProduct, Product, ProductChanges, ProductQuery } from './schemas.ts';

/** Products by id with their barcodes and taxes (in no particular order). */
export async function loadProducts(db: Queryable, ids: readonly number[]): Promise<Product[]> {
  if (ids.length === 0) return [];
  const [rows, codes, taxRows] = await Promise.all([
    rowsByIds(db, products, products.id, ids),
    db
      .select()
      .from(productBarcodes)
      .where(inArray(productBarcodes.product_id, [...ids]))
      .orderBy(asc(productBarcodes.id)),
    db
      .select()
      .from(productTaxes)
      .where(inArray(productTaxes.product_id, [...ids]))
      .orderBy(asc(productTaxes.tax_id)),
  ]);
  return rows.map((p) => ({
    ...p,
    barcodes: codes.filter((c) => c.product_id === p.id).map((c) => c.barcode),
    tax_ids: taxRows.filter((t) => t.product_id === p.id).map((t) => t.tax_id),
  }));
}

export const findProduct = async (db: Queryable, id: number) => (await loadProducts(db, [id]))[0];

const hasBarcode = (condition: ReturnType<typeof eq>) =>
  exists(
    sql`(select 1 from ${productBarcodes} where ${productBarcodes.product_id} = ${products.id} and ${condition})`,
  );

/** Name, internal reference or a barcode containing `q`; filters by category, barcode, till. */
export const listProducts = (db: Queryable, query: ProductQuery) =>
  listPage(
    db,
    {
      table: products,
      id: products.id,
      where: and(
        archivedFilter(products.active, query.archived),
        searchFilter(query.q, [
          products.name,
          products.internal_reference,
          ...(query.q?.trim()
            ? [
                sql`(select string_agg(${productBarcodes.barcode}, ' ') from ${productBarcodes} where ${productBarcodes.product_id} = ${products.id})`,
              ]
            : []),
        ]),
        query.category_id === undefined ? undefined : eq(products.category_id, query.category_id),
        query.barcode === undefined ? undefined : hasBarcode(eq(productBarcodes.barcode, query.barcode)),
        query.available_in_pos === undefined
          ? undefined
          : eq(products.available_in_pos, query.available_in_pos),
      ),
      order: [asc(products.name), asc(products.id)],
      load: loadProducts,
    },
    query,
  );

/** A barcode another product has, named with that product. */
async function barcodeClash(tx: Transaction, id: number, barcodes: readonly string[] | undefined) {
  if (!barcodes?.length) return undefined;
  const [clash] = await tx
    .select({ barcode: productBarcodes.barcode, id: products.id, name: products.name })
    .from(productBarcodes)
    .innerJoin(products, eq(products.id, productBarcodes.product_id))
    .where(and(inArray(productBarcodes.barcode, [...barcodes]), ne(productBarcodes.product_id, id)))
    .limit(1);
  if (!clash) return undefined;
  return refuse({
    code: 'conflict',
    field: 'barcodes',
    message: `The barcode ${clash.barcode} is already on product ${clash.id} (${clash.name}).`,
  });
}

/** Replaces the barcodes and taxes given (a list left out stays as it is). */
export async function setProductLinks(
  tx: Transaction,
  id: number,
  links: { barcodes?: readonly string[]; tax_ids?: readonly number[] },
): Promise<void> {
  if (links.barcodes) {
    await tx.delete(productBarcodes).where(eq(productBarcodes.product_id, id));
    if (links.barcodes.length)
      await tx.insert(productBarcodes).values(links.barcodes.map((barcode) => ({ product_id: id, barcode })));
  }
  if (links.tax_ids) {
    await tx.delete(productTaxes).where(eq(productTaxes.product_id, id));
    if (links.tax_ids.length)
      await tx.insert(productTaxes).values(links.tax_ids.map((tax_id) => ({ product_id: id, tax_id })));
  }
}

export const createProduct = (db: Database, input: NewProduct) =>
  writeRecord(
    db,
    async (tx) => {
      const { barcodes, tax_ids, ...fields } = input;
      const clash = await barcodeClash(tx, 0, barcodes);
      if (clash) return clash;
      const [row] = await tx.insert(products).values(fields).returning({ id: products.id });
      await setProductLinks(tx, row!.id, { barcodes, tax_ids });
      return row!.id;
    },
    findProduct,
  );

/** Changes the fields given; `updated_at` moves even when only barcodes or taxes change (tills reload it). */
export const updateProduct = (db: Database, id: number, changes: ProductChanges) =>
  writeRecord(
    db,
    async (tx) => {
      const { barcodes, tax_ids, ...fields } = changes;
      const clash = await barcodeClash(tx, id, barcodes);
      if (clash) return clash;
      const [row] = await tx
        .update(products)
        .set({ ...fields, updated_at: sql`now()` })
        .where(eq(products.id, id))
        .returning({ id: products.id });
      if (!row) return undefined;
      await setProductLinks(tx, id, { barcodes, tax_ids });
      return id;
    },
    findProduct,
  );

/** Sold, in stock, or priced by a pricelist rule: archive it instead. */
const USAGES = [
  usage(
    orderLines,
    (id) => eq(orderLines.product_id, id),
    (n) => `sold in ${plural(n, 'order')}`,
    sql`${orderLines.order_id}`,
  ),
  usage(
    stockQuants,
    (id) => eq(stockQuants.product_id, id),
    (n) => `in the stock of ${plural(n, 'shop')}`,
    sql`${stockQuants.shop_id}`,
  ),
  usage(
    pricelistRules,
    (id) => eq(pricelistRules.product_id, id),
    (n) => `named by ${plural(n, 'pricelist rule')}`,
  ),
];

/** Deletes an unused product and leaves a tombstone, so tills that load `since` drop it too. */
export const deleteProduct = (db: Database, id: number) =>
  removeUnused(db, { table: products, id: products.id }, id, USAGES, async (tx) => {
    await tx.insert(deletedRecords).values({ kind: 'product', record_id: id });
  });
