import { parse } from 'csv-parse/sync';
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

export interface CsvError {
  readonly line: number;
  readonly field: string | null;
  readonly message: string;
}

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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as never;
  } catch (error) {
    const line = Number((error as { lines?: unknown }).lines ?? 1);
    return { rows: [], errors: [{ line, field: null, message: (error as Error).message }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [{ line: 1, field: null, message: 'The file is empty.' }] };
  const errors: CsvError[] = [];
  const names = header.record.map((h) => h.trim());
  names.forEach((name) => {
    if (!(CUSTOMER_CSV_COLUMNS as readonly string[]).includes(name))
      errors.push({ line: 1, field: name, message: `unknown column "${name}"` });
  });
  if (!names.includes('name'))
    errors.push({ line: 1, field: 'name', message: 'the column "name" is required' });
  if (errors.length) return { rows: [], errors };

  const rows: CsvCustomer[] = [];
  for (const { record, info } of body) {
    const line = info.lines;
    if (record.length !== names.length) {
      errors.push({ line, field: null, message: `has ${record.length} cells, the header ${names.length}` });
      continue;
    }
    const fields: Record<string, unknown> = {};
    const fail = (field: string, message: string) => errors.push({ line, field, message });
    names.forEach((name, i) => {
      const col = name as Column;
      const raw = unescapeCell(record[i]!.trim());
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
