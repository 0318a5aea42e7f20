import type { PatternProblem } from './barcode-pattern.ts';
import { ENCODING_LABEL, type CheckedEncoding } from './encoding.ts';

/**
 * Why a code was refused. A scan can be empty, carry control characters (a scanner's stray
 * terminator), or have a wrong check digit (a misread label or a typo); a nomenclature can hold a
 * broken pattern or lack a rule for the code; a code body can be too short or not digits.
 */
export type BarcodeError =
  | { readonly type: 'empty_code' }
  | {
      readonly type: 'invalid_characters';
      readonly code: string;
      readonly position: number;
      readonly char_code: number;
    }
  | {
      readonly type: 'invalid_check_digit';
      readonly code: string;
      readonly encoding: CheckedEncoding;
      readonly expected: number;
      readonly got: number;
    }
  | {
      readonly type: 'invalid_pattern';
      readonly rule: string;
      readonly pattern: string;
      readonly problem: PatternProblem;
    }
  | { readonly type: 'no_rule_matched'; readonly code: string; readonly nomenclature: string }
  | { readonly type: 'not_digits'; readonly code: string }
  | {
      readonly type: 'wrong_length';
      readonly code: string;
      readonly encoding: CheckedEncoding;
      readonly expected: number;
      readonly got: number;
    };

const PATTERN_PROBLEM: Readonly<Record<PatternProblem, string>> = {
  empty: 'it is empty (use .* to match every code)',
  brace_count: 'a rule can only contain one pair of braces',
  brace_content: "braces can only contain N's followed by D's",
  empty_braces: 'the braces are empty',
  variable_prefix: "only fixed characters and '.' may come before the braces",
  bad_regex: 'it is not a valid regular expression',
};

const hex = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

/** A sentence for the cashier or the back office. */
export function describeBarcodeError(e: BarcodeError): string {
  switch (e.type) {
    case 'empty_code':
      return 'The barcode is empty.';
    case 'invalid_characters':
      return `The barcode ${JSON.stringify(e.code)} contains a non-printable character (U+${hex(e.char_code)}) at position ${e.position + 1}.`;
    case 'invalid_check_digit':
      return `The barcode ${e.code} is not a valid ${ENCODING_LABEL[e.encoding]}: its check digit should be ${e.expected}, not ${e.got}. Scan it again or check the digits typed.`;
    case 'invalid_pattern': {
      const hint = e.pattern === '*' ? " Did you mean '.*'?" : '';
      return `The barcode rule "${e.rule}" has an invalid pattern ${JSON.stringify(e.pattern)}: ${PATTERN_PROBLEM[e.problem]}.${hint}`;
    }
    case 'no_rule_matched':
      return `No rule of the nomenclature "${e.nomenclature}" matches the barcode ${JSON.stringify(e.code)}.`;
    case 'not_digits':
      return `A barcode body must be digits only, got ${JSON.stringify(e.code)}.`;
    case 'wrong_length':
      return `${ENCODING_LABEL[e.encoding]} needs ${e.expected} digits before the check digit, got ${e.got} (${e.code}).`;
  }
}
