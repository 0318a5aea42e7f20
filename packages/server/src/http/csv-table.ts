import { parse } from 'csv-parse/sync';

/** A problem in an imported CSV: its line (1 = the header), its column when known. */
export interface CsvProblem {
  readonly line: number;
  readonly field: string | null;
  readonly message: string;
}

/** One line of a CSV: its number in the file and its cells by column name (trimmed). */
export interface CsvLine<C extends string> {
  readonly line: number;
  readonly cells: Partial<Record<C, string>>;
}

/**
 * Reads a CSV with a header line: columns in any order, unknown ones refused, `required` ones
 * checked, lines with another number of cells refused. Every problem is listed, not the first only.
 * An import's own checks then read each line's cells.
 */
export function readCsvTable<C extends string>(
  text: string,
  columns: readonly C[],
  required: readonly C[],
): { lines: CsvLine<C>[]; errors: CsvProblem[] } {
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
    return { lines: [], errors: [{ line, field: null, message: (error as Error).message }] };
  }
  const [header, ...body] = records;
  if (!header) return { lines: [], errors: [{ line: 1, field: null, message: 'The file is empty.' }] };
  const names = header.record.map((h) => h.trim());
  const errors: CsvProblem[] = names
    .filter((n) => !(columns as readonly string[]).includes(n))
    .map((n) => ({ line: 1, field: n, message: `unknown column "${n}"` }));
  for (const r of required)
    if (!names.includes(r)) errors.push({ line: 1, field: r, message: `the column "${r}" is required` });
  if (errors.length) return { lines: [], errors };
  const lines: CsvLine<C>[] = [];
  for (const { record, info } of body) {
    if (record.length !== names.length) {
      errors.push({
        line: info.lines,
        field: null,
        message: `has ${record.length} cells, the header ${names.length}`,
      });
      continue;
    }
    lines.push({
      line: info.lines,
      cells: Object.fromEntries(names.map((n, i) => [n, record[i]!.trim()])) as CsvLine<C>['cells'],
    });
  }
  return { lines, errors };
}
