import { dec, type Decimal } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { isDigits } from './check-digit.ts';

/**
 * Barcode pattern (Odoo's rule syntax): a regular expression matched at the start of the code, with
 * at most one `{…}` group marking an embedded value: one `N` per digit of its whole part, then one
 * `D` per decimal digit. `21.....{NNDDD}` reads "21", five characters of article code, then a weight
 * of NN.DDD kg (the check digit after it is the encoding's business). `043|044` matches codes
 * starting with 043 or 044; `.*` matches every code.
 *
 * To match, the value's digits are replaced by zeros in the code and the group by as many zeros in
 * the pattern. The group's place in the pattern is its place in the code, so what comes before it
 * must be one character per position: literal characters and `.` only.
 */
export interface EmbeddedValue {
  /** Index in the code of the value's first digit. */
  readonly start: number;
  readonly whole_digits: number;
  readonly decimal_digits: number;
}

export interface BarcodePattern {
  readonly source: string;
  readonly value: EmbeddedValue | null;
  /** The pattern with the group zeroed, anchored at the start of the code. */
  readonly regex: RegExp;
}

/** Why a pattern is refused (Odoo's pattern checks, plus the fixed-width prefix rule). */
export type PatternProblem =
  'empty' | 'brace_count' | 'brace_content' | 'empty_braces' | 'variable_prefix' | 'bad_regex';

const ESCAPED_BRACE_OR_BACKSLASH = /\\[\\{}]/g;
const VALUE_GROUP = /\{(N*)(D*)\}/;
const FIXED_WIDTH = /^[^\\()[\]{}|*+?^$]*$/;

/** Reads a pattern once, so that matching a code is a slice and a regex test. */
export function compilePattern(source: string): Result<BarcodePattern, PatternProblem> {
  if (source === '') return err('empty');
  // Same length as the source, so indexes found in it are indexes in the source.
  const masked = source.replace(ESCAPED_BRACE_OR_BACKSLASH, '__');
  const braces = masked.match(/[{}]/g)?.length ?? 0;
  let value: EmbeddedValue | null = null;
  let base = source;
  if (braces !== 0) {
    if (braces !== 2) return err('brace_count');
    const group = VALUE_GROUP.exec(masked);
    if (group === null) return err('brace_content');
    const whole_digits = group[1]?.length ?? 0;
    const decimal_digits = group[2]?.length ?? 0;
    if (whole_digits + decimal_digits === 0) return err('empty_braces');
    const start = group.index;
    if (!FIXED_WIDTH.test(source.slice(0, start))) return err('variable_prefix');
    value = { start, whole_digits, decimal_digits };
    base =
      source.slice(0, start) +
      '0'.repeat(whole_digits + decimal_digits) +
      source.slice(start + group[0].length);
  }
  try {
    return ok({ source, value, regex: new RegExp(`^(?:${base})`) });
  } catch {
    return err('bad_regex');
  }
}

/** What a matching pattern gives: the embedded value (null without a group) and the zeroed code. */
export interface PatternMatch {
  readonly value: Decimal | null;
  readonly base_code: string;
}

/** Matches a code against a pattern; null when it does not match (no digits where the value goes). */
export function matchPattern(code: string, pattern: BarcodePattern): PatternMatch | null {
  let base_code = code;
  let value: Decimal | null = null;
  if (pattern.value !== null) {
    const { start, whole_digits, decimal_digits } = pattern.value;
    const end = start + whole_digits + decimal_digits;
    const digits = code.slice(start, end);
    if (digits.length !== end - start || !isDigits(digits)) return null;
    const whole = digits.slice(0, whole_digits) || '0';
    const decimals = digits.slice(whole_digits);
    value = dec(decimals === '' ? whole : `${whole}.${decimals}`);
    base_code = code.slice(0, start) + '0'.repeat(end - start) + code.slice(end);
  }
  return pattern.regex.test(base_code) ? { value, base_code } : null;
}
