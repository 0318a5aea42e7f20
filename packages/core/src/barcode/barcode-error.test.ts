import { describe, expect, it } from 'vitest';
import { describeBarcodeError, type BarcodeError } from './barcode-error.ts';

describe('describeBarcodeError', () => {
  it.each<[string, BarcodeError, string]>([
    ['an empty scan', { type: 'empty_code' }, 'The barcode is empty.'],
    [
      'a control character, shown as U+ and counted from 1',
      { type: 'invalid_characters', code: '123\r', position: 3, char_code: 13 },
      'The barcode "123\\r" contains a non-printable character (U+000D) at position 4.',
    ],
    [
      'a misread, naming the expected check digit',
      { type: 'invalid_check_digit', code: '4006381333932', encoding: 'ean13', expected: 1, got: 2 },
      'The barcode 4006381333932 is not a valid EAN-13: its check digit should be 1, not 2. Scan it again or check the digits typed.',
    ],
    [
      'a broken rule, naming it and the problem',
      { type: 'invalid_pattern', rule: 'Scale', pattern: '21{DN}', problem: 'brace_content' },
      `The barcode rule "Scale" has an invalid pattern "21{DN}": braces can only contain N's followed by D's.`,
    ],
    [
      "a lone '*', with Odoo's hint",
      { type: 'invalid_pattern', rule: 'All', pattern: '*', problem: 'bad_regex' },
      `The barcode rule "All" has an invalid pattern "*": it is not a valid regular expression. Did you mean '.*'?`,
    ],
    [
      'no rule, naming the nomenclature',
      { type: 'no_rule_matched', code: 'X1', nomenclature: 'Cards only' },
      'No rule of the nomenclature "Cards only" matches the barcode "X1".',
    ],
    [
      'a body with letters',
      { type: 'not_digits', code: '12A' },
      'A barcode body must be digits only, got "12A".',
    ],
    [
      'a body of the wrong length',
      { type: 'wrong_length', code: '123', encoding: 'upca', expected: 11, got: 3 },
      'UPC-A needs 11 digits before the check digit, got 3 (123).',
    ],
  ])('%s', (_rule, error, message) => {
    expect(describeBarcodeError(error)).toBe(message);
  });
});
