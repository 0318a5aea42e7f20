import { err, ok, type Result } from '../shared/result.ts';
import type { BarcodeError } from './barcode-error.ts';
import { computeCheckDigit, hasValidCheckDigit, isDigits } from './check-digit.ts';
import { encodingOfLength } from './encoding.ts';

/**
 * A scanned code: what a scanner (or a cashier's keyboard) sends, before any rule reads it.
 * `checkScannedCode` refuses what no rule should see: an empty (or blank) code, a control character
 * (a scanner's CR/LF or tab left in), and a code shaped like an EAN-13, UPC-A or EAN-8 (all digits,
 * 13, 12 or 8 of them) whose check digit is wrong. Odoo lets that last one fall through to the
 * catch-all product rule; the till says "misread, scan again" instead of "unknown product".
 * Spaces and non-ASCII letters are printable and pass: Code 128 and QR codes may carry them.
 */
export function checkScannedCode(code: string): Result<string, BarcodeError> {
  if (code.trim() === '') return err({ type: 'empty_code' });
  for (let position = 0; position < code.length; position++) {
    const char_code = code.charCodeAt(position);
    if (char_code < 0x20 || (char_code >= 0x7f && char_code <= 0x9f)) {
      return err({ type: 'invalid_characters', code, position, char_code });
    }
  }
  const encoding = encodingOfLength(code.length);
  if (encoding !== undefined && isDigits(code) && !hasValidCheckDigit(code)) {
    const expected = computeCheckDigit(code.slice(0, -1));
    return err({ type: 'invalid_check_digit', code, encoding, expected, got: Number(code.slice(-1)) });
  }
  return ok(code);
}
