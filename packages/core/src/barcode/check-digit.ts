/**
 * Check digit: the last digit of an EAN-13, EAN-8 or UPC-A barcode (GS1's "modulo 10"), computed
 * from the other digits so that a misread or mistyped digit is caught at the till.
 *
 * Rule: counting from the right and leaving the check digit out, digits in odd positions weigh 3
 * and digits in even positions weigh 1; check digit = (10 − (3·Σodd + Σeven) mod 10) mod 10.
 * Counting from the right lets one rule serve every length: a UPC-A and the same code as an EAN-13
 * with a leading 0 have the same check digit. Example: 400638133393 → 1, so 4006381333931.
 *
 * The weights 3 and 1 are prime to 10, so changing any single digit always changes the result.
 */

const DIGITS = /^[0-9]+$/;

/** True when the text is one or more ASCII digits (no sign, no space, no other numerals). */
export function isDigits(text: string): boolean {
  return DIGITS.test(text);
}

/**
 * The check digit to append to `body` (the code without its check digit). `body` must be digits:
 * anything else is a bug in the caller (validate user input with `isDigits` or `withCheckDigit`).
 */
export function computeCheckDigit(body: string): number {
  if (!isDigits(body)) throw new TypeError(`a check digit needs digits, got ${JSON.stringify(body)}`);
  let total = 0;
  for (let i = body.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    total += weight * (body.charCodeAt(i) - 48);
  }
  return (10 - (total % 10)) % 10;
}

/** True when `code` is at least two digits and its last digit is the check digit of the rest. */
export function hasValidCheckDigit(code: string): boolean {
  if (code.length < 2 || !isDigits(code)) return false;
  return computeCheckDigit(code.slice(0, -1)) === code.charCodeAt(code.length - 1) - 48;
}

/** `code` with its last digit replaced by the right check digit (used to rebuild a base code). */
export function replaceCheckDigit(code: string): string {
  const body = code.slice(0, -1);
  return body + String(computeCheckDigit(body));
}
