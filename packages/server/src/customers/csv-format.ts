import { readCsvTable, type CsvProblem } from '../http/csv-table.ts';
import { stringify } from 'csv-stringify/sync';
import { EMAIL_PATTERN, type Customer } from './schemas.ts';

/** The columns of the customers CSV, in order. Only `name` is required in an import. */
export const CUSTOMER_CSV_COLUMNS = [
  'name',
  'email',
  'phone',
  'street',
  'street2',
  'zip',
  'city',
  'state',
  'country_code',
  'tax_id',
  'barcode',
  'pricelist_id',
  'fiscal_position_id',
  'active',
] as const;
type Column = (typeof CUSTOMER_CSV_COLUMNS)[number];

export type CsvError = CsvProblem;

/** One customer read from a CSV line: the columns present in the file, typed. */
export interface CsvCustomer {
  readonly line: number;
  readonly fields: Partial<Omit<Customer, 'id' | 'created_at' | 'updated_at'>>;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Spreadsheets run a cell starting with = + - @ as a formula, so a name typed at a till must not
 * start like one: such a value (or one already starting with a quote before such a character)
 * gets a leading `'`. `unescapeCell` takes exactly one off again, so export → import is exact.
 */
export function escapeCell(text: string): string {
  return FORMULA_START.test(text) || /^'['=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return /^'['=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** RFC 4180 text with a header line; empty cells for nulls; `active` as true/false. */
export function customersToCsv(rows: readonly Customer[]): string {
  return stringify(
    rows.map((c) =>
      CUSTOMER_CSV_COLUMNS.map((col) => {
        const v = c[col];
        if (v === null || v === undefined) return '';
        return typeof v === 'string' ? escapeCell(v) : String(v);
      }),
    ),
    { header: true, columns: [...CUSTOMER_CSV_COLUMNS], record_delimiter: 'windows' },
  );
}

const email = new RegExp(EMAIL_PATTERN);
const MAX_LENGTH: Partial<Record<Column, number>> = {
  phone: 50,
  zip: 20,
  tax_id: 50,
  barcode: 64,
  email: 254,
};

/**
 * Reads a customers CSV (header line first, columns in any order, unknown columns refused).
 * Empty cells are nulls. Every problem is reported with its line and column, not only the first.
 */
export function parseCustomerCsv(text: string): { rows: CsvCustomer[]; errors: CsvError[] } {
  const table = readCsvTable(text, CUSTOMER_CSV_COLUMNS, ['name']);
  const errors: CsvError[] = [...table.errors];
  const rows: CsvCustomer[] = [];
  for (const { line, cells } of table.lines) {
    const fields: Record<string, unknown> = {};
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    (Object.keys(cells) as Column[]).forEach((col) => {
      const raw = unescapeCell(cells[col]!);
      if (col === 'active') {
        if (raw === '') return;
        if (!/^(true|false)$/i.test(raw)) return fail(col, 'must be true or false');
        fields.active = raw.toLowerCase() === 'true';
      } else if (col === 'pricelist_id' || col === 'fiscal_position_id') {
        if (raw === '') return void (fields[col] = null);
        if (!/^[1-9][0-9]{0,9}$/.test(raw)) return fail(col, 'must be an id (a whole number)');
        fields[col] = Number(raw);
      } else if (col === 'name') {
        if (raw === '') return fail(col, 'is required');
        if (raw.length > 200) return fail(col, 'is longer than 200 characters');
        fields.name = raw;
      } else {
        if (raw === '') return void (fields[col] = null);
        if (raw.length > (MAX_LENGTH[col] ?? 200))
          return fail(col, `is longer than ${MAX_LENGTH[col] ?? 200} characters`);
        if (col === 'email' && !email.test(raw)) return fail(col, 'must be an email address');
        fields[col] = raw;
      }
    });
    rows.push({ line, fields: fields as CsvCustomer['fields'] });
  }
  return { rows, errors };
}
