import { computeCheckDigit } from '@till/core';

/** An EAN-13 from its first 12 digits, with the check digit computed. */
export function ean13(body12: string): string {
  if (!/^[0-9]{12}$/.test(body12)) throw new TypeError(`an EAN-13 body has 12 digits, got ${body12}`);
  return body12 + String(computeCheckDigit(body12));
}

/**
 * The barcode to give a weighed product so that scale labels find it: the default nomenclature's
 * weight pattern `21PPPPPWWWWWC` with the weight zeroed (`21PPPPP00000C`, check digit recomputed).
 * A scanned label's base code is exactly this. `productCode` is the 5-digit PPPPP.
 */
export function weightBarcodeBase(productCode: number): string {
  if (!Number.isInteger(productCode) || productCode < 0 || productCode > 99_999)
    throw new RangeError(`product code ${productCode} is not 5 digits`);
  return ean13(`21${String(productCode).padStart(5, '0')}00000`);
}

/** A scale label for that product and a weight in grams: what the till scans. */
export function weightLabel(productCode: number, grams: number): string {
  return ean13(`21${String(productCode).padStart(5, '0')}${String(grams).padStart(5, '0')}`);
}
