import DecimalJs from 'decimal.js';

/**
 * Till's number for money and quantities. Arithmetic on amounts is never done with JavaScript
 * floats: a float cannot hold 0.1, and a till that adds 0.1 + 0.2 must show 0.30.
 * Precision 40 significant digits is far above any price × quantity a shop meets, so intermediate
 * values are exact; rounding happens only at named points (see `rounding/`).
 */
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

/** What may be turned into a Decimal: a Decimal, a decimal string ("12.50"), or a JSON number. */
export type DecimalInput = Decimal | string | number;

const DECIMAL_TEXT = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Makes a Decimal from a value the code itself produced; throws on garbage (a bug, not input). */
export function dec(value: DecimalInput): Decimal {
  if (value instanceof Decimal) return value;
  const parsed = parseDecimal(value);
  if (parsed === undefined) throw new TypeError(`not a decimal number: ${String(value)}`);
  return parsed;
}

/**
 * Reads a decimal from outside input (JSON, a form). Accepts finite JSON numbers and decimal
 * strings, with `,` or `.` as the separator (cashiers type both). Returns undefined otherwise,
 * so the caller can name the field in its error.
 */
export function parseDecimal(value: unknown): Decimal | undefined {
  if (value instanceof Decimal) return value;
  if (typeof value === 'number') {
    // String(n) gives the shortest text that reads back as n: 0.1 → "0.1", not 0.1000000000000000055.
    return Number.isFinite(value) ? new Decimal(String(value)) : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(',', '.');
  if (!DECIMAL_TEXT.test(text)) return undefined;
  return new Decimal(text);
}

export const ZERO: Decimal = new Decimal(0);
export const ONE: Decimal = new Decimal(1);
export const HUNDRED: Decimal = new Decimal(100);

/** Sum of decimals; zero for none. */
export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = total.plus(v);
  return total;
}

/** Decimal string with exactly `places` digits after the point (JSON output of amounts). */
export function toFixedString(value: Decimal, places: number): string {
  const text = value.toFixed(places);
  // Decimal prints "-0.00" for a negative value that rounds to zero; a receipt should not.
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}
