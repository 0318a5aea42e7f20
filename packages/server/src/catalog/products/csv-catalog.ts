import { asc } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { categories, productBarcodes, products, productTaxes, taxes } from '../../db/schema/index.ts';
import { fullNames } from '../categories/tree.ts';
import type { CsvProduct } from './csv-format.ts';

/** Every product (archived too) as the CSV holds it, with its id; and the names the CSV uses. */
export interface CsvCatalog {
  readonly products: (CsvProduct & { id: number })[];
  /** Category full name → id. */
  readonly categoryIds: Map<string, number>;
  /** Tax name → its ids (several taxes may share a name). */
  readonly taxIds: Map<string, number[]>;
}

export async function csvCatalog(db: Queryable): Promise<CsvCatalog> {
  const [rows, codes, links, cats, taxRows] = await Promise.all([
    db.select().from(products).orderBy(asc(products.id)),
    db.select().from(productBarcodes).orderBy(asc(productBarcodes.id)),
    db.select().from(productTaxes).orderBy(asc(productTaxes.tax_id)),
    db.select({ id: categories.id, name: categories.name, parent_id: categories.parent_id }).from(categories),
    db.select({ id: taxes.id, name: taxes.name }).from(taxes).orderBy(asc(taxes.id)),
  ]);
  const categoryNames = fullNames(cats);
  const taxNames = new Map(taxRows.map((t) => [t.id, t.name]));
  const codesOf = new Map<number, string[]>();
  for (const c of codes) codesOf.set(c.product_id, [...(codesOf.get(c.product_id) ?? []), c.barcode]);
  const taxesOf = new Map<number, string[]>();
  for (const l of links)
    taxesOf.set(l.product_id, [...(taxesOf.get(l.product_id) ?? []), taxNames.get(l.tax_id)!]);
  const taxIds = new Map<string, number[]>();
  for (const t of taxRows) taxIds.set(t.name, [...(taxIds.get(t.name) ?? []), t.id]);
  return {
    products: rows.map((p) => ({
      id: p.id,
      name: p.name,
      internal_reference: p.internal_reference,
      barcodes: codesOf.get(p.id) ?? [],
      category: p.category_id === null ? null : categoryNames.get(p.category_id)!,
      list_price: p.list_price,
      standard_price: p.standard_price,
      taxes: taxesOf.get(p.id) ?? [],
      uom: p.uom,
      tracking: p.tracking,
      available_in_pos: p.available_in_pos,
      active: p.active,
      income_account_code: p.income_account_code,
    })),
    categoryIds: new Map([...categoryNames].map(([id, name]) => [name, id])),
    taxIds,
  };
}
