import { eq } from 'drizzle-orm';
import { dec } from '@till/core';
import type { Database, Transaction } from '../db/database.ts';
import { categories, customers, productBarcodes, products, productTaxes, taxes } from '../db/schema/index.ts';
import { ean13 } from './barcodes.ts';

export interface GeneratedCatalogOptions {
  readonly products: number;
  readonly customers: number;
  /** Rows per INSERT (default 1,000). */
  readonly batchSize?: number;
  /** Called after each batch, to show progress. */
  readonly onProgress?: (done: { products: number; customers: number }) => void;
}

const GENERATED_TAX = 'VAT 20% (incl.)';

/**
 * A large generated catalog for benchmarks: products with an EAN-13 each (`50` + product id),
 * a 20 % tax, in a "Generated" category; and customers. Batched inserts, one transaction each,
 * so progress shows and memory stays flat.
 */
export async function seedGeneratedCatalog(db: Database, options: GeneratedCatalogOptions): Promise<void> {
  const batch = options.batchSize ?? 1_000;
  const { categoryId, taxId } = await db.transaction((tx) => generatedHome(tx));
  const done = { products: 0, customers: 0 };
  while (done.products < options.products) {
    const size = Math.min(batch, options.products - done.products);
    const first = done.products;
    await db.transaction(async (tx) => {
      const rows = await tx
        .insert(products)
        .values(
          Array.from({ length: size }, (_, i) => {
            const n = first + i + 1;
            const price = dec(n % 5_000)
              .dividedBy(100)
              .plus('0.99');
            return {
              name: `Product ${n}`,
              internal_reference: `GEN-${n}`,
              category_id: categoryId,
              list_price: price.toFixed(2),
              standard_price: price.times('0.6').toFixed(2),
            };
          }),
        )
        .returning({ id: products.id });
      await tx
        .insert(productBarcodes)
        .values(
          rows.map((r) => ({ product_id: r.id, barcode: ean13(`50${String(r.id).padStart(10, '0')}`) })),
        );
      await tx.insert(productTaxes).values(rows.map((r) => ({ product_id: r.id, tax_id: taxId })));
    });
    done.products += size;
    options.onProgress?.({ ...done });
  }
  while (done.customers < options.customers) {
    const size = Math.min(batch, options.customers - done.customers);
    const first = done.customers;
    await db.transaction((tx) =>
      tx.insert(customers).values(
        Array.from({ length: size }, (_, i) => {
          const n = first + i + 1;
          return {
            name: `Customer ${n}`,
            email: `customer${n}@example.com`,
            phone: `+33 1 ${String(n).padStart(8, '0')}`,
            city: 'Paris',
            country_code: 'FR',
          };
        }),
      ),
    );
    done.customers += size;
    options.onProgress?.({ ...done });
  }
}

/** The "Generated" category and the tax generated products carry (made when missing). */
async function generatedHome(tx: Transaction): Promise<{ categoryId: number; taxId: number }> {
  const [category] = await tx
    .insert(categories)
    .values({ name: 'Generated', sequence: 99 })
    .returning({ id: categories.id });
  const [existing] = await tx
    .select({ id: taxes.id })
    .from(taxes)
    .where(eq(taxes.name, GENERATED_TAX))
    .limit(1);
  const taxId =
    existing?.id ??
    (
      await tx
        .insert(taxes)
        .values({ name: GENERATED_TAX, amount_type: 'percent', amount: '20', price_include: true })
        .returning({ id: taxes.id })
    )[0]!.id;
  return { categoryId: category!.id, taxId };
}
