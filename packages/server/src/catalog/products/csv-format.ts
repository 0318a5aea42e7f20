import { stringify } from 'csv-stringify/sync';
import { escapeCell, unescapeCell, type CsvError } from '../../customers/csv-format.ts';
import { readCsvTable } from '../../http/csv-table.ts';
import {
  PRODUCT_TRACKINGS,
  PRODUCT_UOMS,
  type ProductTracking,
  type ProductUom,
} from '../../db/schema/index.ts';

/**
 * The products CSV: one line per product; barcodes and taxes joined with `|`, the category by
 * its full name ("Drinks / Hot"), taxes by name. `name` is the only column an import needs; a
 * line matches its product by `id`, else internal reference, else a barcode.
 */
export const PRODUCT_CSV_COLUMNS = [
  'id',
  'name',
  'internal_reference',
  'barcodes',
  'category',
  'list_price',
  'standard_price',
  'taxes',
  'uom',
  'tracking',
  'available_in_pos',
  'active',
  'income_account_code',
] as const;
type Column = (typeof PRODUCT_CSV_COLUMNS)[number];

/** A product as the CSV holds it (names instead of ids). */
export interface CsvProduct {
  /** The product's id: matches first, so products with neither reference nor barcode round-trip. */
  id: number | null;
  name: string;
  internal_reference: string | null;
  barcodes: string[];
  category: string | null;
  list_price: string;
  standard_price: string;
  taxes: string[];
  uom: ProductUom;
  tracking: ProductTracking;
  available_in_pos: boolean;
  active: boolean;
  income_account_code: string | null;
}

export interface CsvProductRow {
  readonly line: number;
  /** The columns the file has. */
  readonly fields: Partial<CsvProduct>;
}

/** "12.5000" → "12.5", "3.0000" → "3": a decimal written the short way, for export and comparison. */
export const shortDecimal = (v: string): string =>
  v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v.replace(/^(-?)0+(?=\d)/, '$1');

export function productsToCsv(rows: readonly CsvProduct[]): string {
  return stringify(
    rows.map((p) =>
      PRODUCT_CSV_COLUMNS.map((col) => {
        const v = p[col];
        if (v === null) return '';
        if (Array.isArray(v)) return escapeCell(v.join('|'));
        if (col === 'list_price' || col === 'standard_price') return shortDecimal(String(v));
        return typeof v === 'string' ? escapeCell(v) : String(v);
      }),
    ),
    { header: true, columns: [...PRODUCT_CSV_COLUMNS], record_delimiter: 'windows' },
  );
}

const DECIMAL = /^-?[0-9]{1,12}(\.[0-9]{1,4})?$/;
const BARCODE = /^[^\s|]{1,64}$/;

/** One cell read into its field, or the reason it cannot be. */
function readCell(col: Column, raw: string): { value: unknown } | { error: string } {
  switch (col) {
    case 'id':
      if (raw === '') return { value: null };
      return /^[1-9][0-9]{0,9}$/.test(raw)
        ? { value: Number(raw) }
        : { error: 'must be a product id (a whole number)' };
    case 'name':
      if (raw === '') return { error: 'is required' };
      return raw.length > 200 ? { error: 'is longer than 200 characters' } : { value: raw };
    case 'list_price':
    case 'standard_price':
      if (raw === '') return { value: '0' };
      return DECIMAL.test(raw)
        ? { value: raw }
        : { error: `must be a decimal number such as 12.50, not "${raw}"` };
    case 'barcodes': {
      const codes = raw === '' ? [] : raw.split('|').map((c) => c.trim());
      const bad = codes.find((c) => !BARCODE.test(c));
      if (bad !== undefined) return { error: `"${bad}" is not a barcode (1 to 64 characters, no spaces)` };
      return new Set(codes).size === codes.length
        ? { value: codes }
        : { error: 'has the same barcode twice' };
    }
    case 'taxes':
      return { value: raw === '' ? [] : raw.split('|').map((t) => t.trim()) };
    case 'uom':
      if (raw === '') return { value: 'unit' };
      return (PRODUCT_UOMS as readonly string[]).includes(raw)
        ? { value: raw }
        : { error: `must be one of ${PRODUCT_UOMS.join(', ')}` };
    case 'tracking':
      if (raw === '') return { value: 'none' };
      return (PRODUCT_TRACKINGS as readonly string[]).includes(raw)
        ? { value: raw }
        : { error: `must be one of ${PRODUCT_TRACKINGS.join(', ')}` };
    case 'available_in_pos':
    case 'active':
      if (raw === '') return { value: true };
      return /^(true|false)$/i.test(raw)
        ? { value: raw.toLowerCase() === 'true' }
        : { error: 'must be true or false' };
    default:
      if (raw.length > (col === 'category' ? 1000 : 64)) return { error: 'is too long' };
      return { value: raw === '' ? null : raw };
  }
}

/** Reads a products CSV: each cell into its field; every problem with its line and column. */
export function parseProductCsv(text: string): { rows: CsvProductRow[]; errors: CsvError[] } {
  const table = readCsvTable(text, PRODUCT_CSV_COLUMNS, ['name']);
  const errors: CsvError[] = [...table.errors];
  const rows = table.lines.map(({ line, cells }) => {
    const fields: Record<string, unknown> = {};
    for (const [col, raw] of Object.entries(cells) as [Column, string][]) {
      const read = readCell(col, unescapeCell(raw));
      if ('error' in read) errors.push({ line, field: col, message: read.error });
      else fields[col] = read.value;
    }
    return { line, fields: fields as Partial<CsvProduct> };
  });
  return { rows, errors };
}
