/** One CSV field: quoted when it holds a comma, quote or line break; a leading =, +, - or @ is defused. */
function field(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets run cells that start like a formula; a label typed at the till must not.
  if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-[0-9.]+$/.test(text))) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 text: a header line, then one line per row, CRLF line ends. */
export function toCsv<T extends Record<string, unknown>>(
  columns: readonly (keyof T & string)[],
  rows: readonly T[],
): string {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => field(r[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
