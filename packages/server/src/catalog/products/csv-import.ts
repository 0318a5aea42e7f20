import { eq, sql } from 'drizzle-orm';
import type { CsvProblem as CsvError } from '../../http/csv-table.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { products } from '../../db/schema/index.ts';
import { csvCatalog, type CsvCatalog } from './csv-catalog.ts';
import { parseProductCsv, shortDecimal, type CsvProduct, type CsvProductRow } from './csv-format.ts';
import { setProductLinks } from './service.ts';

export interface ImportResult {
  readonly created: number;
  readonly updated: number;
  readonly errors: CsvError[];
}

/** A CSV line turned into columns: the fields present, with ids for the category and taxes. */
interface Planned {
  readonly line: number;
  readonly target: number | undefined;
  readonly columns: Partial<typeof products.$inferInsert>;
  readonly barcodes?: string[];
  readonly tax_ids?: number[];
}

const SAME: { [K in keyof CsvProduct]?: (a: CsvProduct[K], b: CsvProduct[K]) => boolean } = {
  list_price: (a, b) => shortDecimal(a) === shortDecimal(b),
  standard_price: (a, b) => shortDecimal(a) === shortDecimal(b),
  barcodes: (a, b) => [...a].sort().join('|') === [...b].sort().join('|'),
  taxes: (a, b) => [...a].sort().join('|') === [...b].sort().join('|'),
};

/** Whether a line changes nothing of the product it matches. */
function unchanged(row: CsvProductRow, current: CsvProduct): boolean {
  return (Object.keys(row.fields) as (keyof CsvProduct)[]).every((k) => {
    const same = SAME[k] as ((a: unknown, b: unknown) => boolean) | undefined;
    return same ? same(row.fields[k], current[k]) : row.fields[k] === current[k];
  });
}

/**
 * Matches each line to a product (by id, else internal reference, else a barcode), resolves names to
 * ids, and lists every problem. A line matching no product creates one.
 */
function plan(rows: readonly CsvProductRow[], catalog: CsvCatalog, errors: CsvError[]): Planned[] {
  const byReference = new Map<string, number[]>();
  const byBarcode = new Map<string, number>();
  for (const p of catalog.products) {
    if (p.internal_reference)
      byReference.set(p.internal_reference, [...(byReference.get(p.internal_reference) ?? []), p.id]);
    for (const b of p.barcodes) byBarcode.set(b, p.id);
  }
  const current = new Map(catalog.products.map((p) => [p.id, p]));
  const firstLine = new Map<string, number>(); // a barcode, reference or product → the line naming it first
  const once = (key: string, line: number, field: string, what: string): boolean => {
    const first = firstLine.get(key);
    if (first === undefined) return (firstLine.set(key, line), true);
    errors.push({ line, field, message: `${what} is on line ${first} too` });
    return false;
  };

  const out: Planned[] = [];
  for (const row of rows) {
    const { line, fields: f } = row;
    const fail = (field: string, message: string) => (errors.push({ line, field, message }), undefined);
    if (f.id != null && !current.has(f.id)) {
      fail('id', `no product ${f.id} (leave the id empty to create a product)`);
      continue;
    }
    let target = f.id ?? undefined;
    const refs = f.internal_reference ? byReference.get(f.internal_reference) : undefined;
    if (refs && refs.length > 1) {
      fail(
        'internal_reference',
        `${refs.length} products have the internal reference ${f.internal_reference}`,
      );
      continue;
    }
    target ??= refs?.[0];
    const owners = [
      ...new Set((f.barcodes ?? []).map((b) => byBarcode.get(b)).filter((id) => id !== undefined)),
    ];
    if (target === undefined && owners.length > 1) {
      fail('barcodes', `the barcodes belong to ${owners.length} different products (${owners.join(', ')})`);
      continue;
    }
    target ??= owners[0];
    const taken = (f.barcodes ?? []).find((b) => byBarcode.has(b) && byBarcode.get(b) !== target);
    if (taken) fail('barcodes', `the barcode ${taken} is already on product ${byBarcode.get(taken)}`);
    for (const b of f.barcodes ?? []) once(`barcode:${b}`, line, 'barcodes', `the barcode ${b}`);
    if (target !== undefined) once(`product:${target}`, line, 'internal_reference', `product ${target}`);
    else if (f.internal_reference)
      once(
        `ref:${f.internal_reference}`,
        line,
        'internal_reference',
        `the internal reference ${f.internal_reference}`,
      );

    const columns: Planned['columns'] = {};
    const { id: _id, category, taxes, barcodes, ...plain } = f;
    Object.assign(columns, plain);
    if (category !== undefined) {
      const id = category === null ? null : catalog.categoryIds.get(category);
      if (id === undefined)
        fail('category', `no category "${category}" (give its full name, e.g. "Drinks / Hot")`);
      else columns.category_id = id;
    }
    let tax_ids: number[] | undefined;
    if (taxes !== undefined) {
      tax_ids = [];
      for (const name of taxes) {
        const ids = catalog.taxIds.get(name) ?? [];
        if (ids.length !== 1)
          fail('taxes', ids.length ? `${ids.length} taxes are named "${name}"` : `no tax "${name}"`);
        else tax_ids.push(ids[0]!);
      }
    }
    if (target !== undefined && unchanged(row, current.get(target)!)) continue;
    out.push({ line, target, columns, ...(barcodes ? { barcodes } : {}), ...(tax_ids ? { tax_ids } : {}) });
  }
  return out;
}

async function write(tx: Transaction, planned: readonly Planned[]): Promise<void> {
  for (const p of planned) {
    let id = p.target;
    if (id === undefined) {
      const [row] = await tx
        .insert(products)
        .values({ ...p.columns, name: p.columns.name! })
        .returning({ id: products.id });
      id = row!.id;
    } else {
      await tx
        .update(products)
        .set({ ...p.columns, updated_at: sql`now()` })
        .where(eq(products.id, id));
    }
    await setProductLinks(tx, id, { barcodes: p.barcodes, tax_ids: p.tax_ids });
  }
}

/**
 * Imports a products CSV: a line whose id, internal reference or barcode matches a product
 * updates the columns the file has (a line changing nothing is not counted); any other line
 * creates a product. All or nothing: with any error nothing is written and every error is listed.
 */
export async function importProducts(db: Database, csv: string, dryRun: boolean): Promise<ImportResult> {
  const parsed = parseProductCsv(csv);
  if (parsed.rows.length === 0 && parsed.errors.length)
    return { created: 0, updated: 0, errors: parsed.errors };
  return db.transaction(async (tx) => {
    const errors = [...parsed.errors];
    const planned = plan(parsed.rows, await csvCatalog(tx), errors);
    if (errors.length) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.line - b.line) };
    const created = planned.filter((p) => p.target === undefined).length;
    const counts = { created, updated: planned.length - created, errors };
    if (!dryRun) await write(tx, planned);
    return counts;
  });
}
