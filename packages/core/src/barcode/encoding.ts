import { err, ok, type Result } from '../shared/result.ts';
import type { BarcodeError } from './barcode-error.ts';
import { computeCheckDigit, hasValidCheckDigit, isDigits } from './check-digit.ts';

/**
 * A barcode's encoding, as a nomenclature rule names it:
 * - `ean13`: 13 digits ending in a check digit (the European Article Number, GS1's GTIN-13);
 * - `ean8`: 8 digits ending in a check digit, for packs too small for an EAN-13;
 * - `upca`: 12 digits ending in a check digit (North America's Universal Product Code, GTIN-12);
 * - `any`: no constraint (Code 128 labels, QR codes, codes typed by hand).
 * A code "is" an EAN-13, EAN-8 or UPC-A only when its length, its digits and its check digit fit.
 */
export const BARCODE_ENCODINGS = ['any', 'ean13', 'ean8', 'upca'] as const;
export type BarcodeEncoding = (typeof BARCODE_ENCODINGS)[number];

/** The encodings with a fixed length and a check digit. */
export type CheckedEncoding = Exclude<BarcodeEncoding, 'any'>;

export const ENCODING_LENGTH: Readonly<Record<CheckedEncoding, number>> = { ean13: 13, ean8: 8, upca: 12 };

/** How people write the encoding's name (for messages). */
export const ENCODING_LABEL: Readonly<Record<CheckedEncoding, string>> = {
  ean13: 'EAN-13',
  ean8: 'EAN-8',
  upca: 'UPC-A',
};

/** The checked encoding a code of this length would be, if any: 13 → ean13, 12 → upca, 8 → ean8. */
export function encodingOfLength(length: number): CheckedEncoding | undefined {
  if (length === 13) return 'ean13';
  if (length === 12) return 'upca';
  if (length === 8) return 'ean8';
  return undefined;
}

/** True when the code is valid in that encoding; every code is valid as `any`. */
export function isEncodedAs(code: string, encoding: BarcodeEncoding): boolean {
  if (encoding === 'any') return true;
  return code.length === ENCODING_LENGTH[encoding] && hasValidCheckDigit(code);
}

export const isValidEan13 = (code: string): boolean => isEncodedAs(code, 'ean13');
export const isValidEan8 = (code: string): boolean => isEncodedAs(code, 'ean8');
export const isValidUpcA = (code: string): boolean => isEncodedAs(code, 'upca');

/** The checked encoding the code is valid in, else `any` (wrong length, letters or check digit). */
export function detectEncoding(code: string): BarcodeEncoding {
  const encoding = encodingOfLength(code.length);
  return encoding !== undefined && isEncodedAs(code, encoding) ? encoding : 'any';
}

/**
 * Completes a code body (all digits but the check digit) into a valid code of the encoding:
 * `withCheckDigit('400638133393', 'ean13')` → `4006381333931`. Refuses non-digits and wrong lengths.
 */
export function withCheckDigit(body: string, encoding: CheckedEncoding): Result<string, BarcodeError> {
  if (!isDigits(body)) return err({ type: 'not_digits', code: body });
  const length = ENCODING_LENGTH[encoding] - 1;
  if (body.length !== length) {
    return err({ type: 'wrong_length', code: body, encoding, expected: length, got: body.length });
  }
  return ok(body + String(computeCheckDigit(body)));
}
