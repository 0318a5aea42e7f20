import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { customers, fiscalPositions, pricelists } from '../db/schema/index.ts';
import { parseCustomerCsv, type CsvCustomer, type CsvError } from './csv-format.ts';

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
    for (const { id, row } of updates)
      await tx
        .update(customers)
        .set({ ...row.fields, updated_at: sql`now()` })
        .where(eq(customers.id, id));
    return { ...counts, errors };
  });
}
