import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { customers, fiscalPositions, pricelists } from '../db/schema/index.ts';
import { CUSTOMER_CSV_COLUMNS, parseCustomerCsv, type CsvCustomer, type CsvError } from './csv-format.ts';

export interface ImportResult {
  readonly created: number;
  readonly updated: number;
  readonly errors: CsvError[];
}

const INSERT_CHUNK = 1000;

/**
 * Imports a customers CSV: a line whose barcode (else email, case aside) matches a customer
 * updates the columns the file has; any other line creates one. All or nothing: with any error
 * nothing is written and every error is listed. `dryRun` checks and counts without writing.
 */
export async function importCustomers(db: Database, csv: string, dryRun: boolean): Promise<ImportResult> {
  const parsed = parseCustomerCsv(csv);
  // A broken header or file: nothing to match. Errors on lines: matched anyway, to list them all.
  if (parsed.rows.length === 0 && parsed.errors.length)
    return { created: 0, updated: 0, errors: parsed.errors };
  return db.transaction(async (tx) => {
    const [existing, pricelistRows, positionRows] = [
      await tx
        .select({
          id: customers.id,
          barcode: customers.barcode,
          email: sql<string | null>`lower(${customers.email})`,
        })
        .from(customers),
      await tx.select({ id: pricelists.id }).from(pricelists),
      await tx.select({ id: fiscalPositions.id }).from(fiscalPositions),
    ];
    const byBarcode = new Map(existing.filter((c) => c.barcode).map((c) => [c.barcode!, c.id]));
    const byEmail = new Map<string, number | 'several'>();
    for (const c of existing) if (c.email) byEmail.set(c.email, byEmail.has(c.email) ? 'several' : c.id);
    const pricelistIds = new Set(pricelistRows.map((r) => r.id));
    const positionIds = new Set(positionRows.map((r) => r.id));

    const errors: CsvError[] = [...parsed.errors];
    const creates: CsvCustomer[] = [];
    const updates: { id: number; row: CsvCustomer }[] = [];
    const seenKeys = new Map<string, number>(); // a barcode, email or target id → its first line
    const once = (key: string, row: CsvCustomer, field: string, what: string): boolean => {
      const first = seenKeys.get(key);
      if (first === undefined) return (seenKeys.set(key, row.line), true);
      errors.push({ line: row.line, field, message: `${what} is on line ${first} too` });
      return false;
    };

    for (const row of parsed.rows) {
      const { fields: f, line } = row;
      if (f.pricelist_id != null && !pricelistIds.has(f.pricelist_id))
        errors.push({ line, field: 'pricelist_id', message: `no pricelist ${f.pricelist_id}` });
      if (f.fiscal_position_id != null && !positionIds.has(f.fiscal_position_id))
        errors.push({
          line,
          field: 'fiscal_position_id',
          message: `no fiscal position ${f.fiscal_position_id}`,
        });
      if (f.barcode && !once(`barcode:${f.barcode}`, row, 'barcode', `the barcode ${f.barcode}`)) continue;
      const email = f.email?.toLowerCase();
      let target = f.barcode ? byBarcode.get(f.barcode) : undefined;
      if (target === undefined && email) {
        const found = byEmail.get(email);
        if (found === 'several') {
          errors.push({
            line,
            field: 'email',
            message: `several customers have the email ${f.email}: add a barcode`,
          });
          continue;
        }
        target = found;
        if (!f.barcode && !once(`email:${email}`, row, 'email', `the email ${f.email}`)) continue;
      }
      if (target === undefined) creates.push(row);
      else if (once(`id:${target}`, row, 'barcode', 'the same customer')) updates.push({ id: target, row });
    }
    const counts = { created: creates.length, updated: updates.length };
    if (errors.length) return { created: 0, updated: 0, errors: errors.sort((a, b) => a.line - b.line) };
    if (dryRun) return { ...counts, errors };
    for (let i = 0; i < creates.length; i += INSERT_CHUNK) {
      const chunk = creates.slice(i, i + INSERT_CHUNK);
      await tx.insert(customers).values(chunk.map((r) => ({ ...r.fields, name: r.fields.name! })));
    }
    for (let i = 0; i < updates.length; i += INSERT_CHUNK)
      await tx.execute(bulkUpdate(updates.slice(i, i + INSERT_CHUNK)));
    return { ...counts, errors };
  });
}

const SQL_TYPE: Partial<Record<(typeof CUSTOMER_CSV_COLUMNS)[number], string>> = {
  pricelist_id: 'integer',
  fiscal_position_id: 'integer',
  active: 'boolean',
};

/**
 * One UPDATE … FROM (VALUES …) for many matched lines (one statement per line took 26 s for
 * 20,000 on PGlite). Every line of a file has the same columns; an empty `active` keeps the
 * current value, any other empty cell clears the column, as for a single update.
 */
function bulkUpdate(rows: readonly { id: number; row: CsvCustomer }[]): SQL {
  const present = CUSTOMER_CSV_COLUMNS.filter((c) => rows.some((r) => c in r.row.fields));
  const cast = (c: string) => sql.raw(SQL_TYPE[c as keyof typeof SQL_TYPE] ?? 'text');
  const values = sql.join(
    rows.map(
      ({ id, row }) =>
        sql`(${id}::integer, ${sql.join(
          present.map((c) => sql`${(row.fields as Record<string, unknown>)[c] ?? null}::${cast(c)}`),
          sql`, `,
        )})`,
    ),
    sql`, `,
  );
  const sets = sql.join(
    present.map((c) =>
      c === 'active'
        ? sql`active = coalesce(v.active, c.active)`
        : sql`${sql.identifier(c)} = v.${sql.identifier(c)}`,
    ),
    sql`, `,
  );
  const names = sql.join(
    ['id', ...present].map((c) => sql.identifier(c)),
    sql`, `,
  );
  return sql`update customers c set ${sets}, updated_at = now() from (values ${values}) as v(${names}) where c.id = v.id`;
}
