import { isValidEan13, isValidUpcA, type BarcodeEncoding } from './encoding.ts';

/**
 * UPC/EAN conversion. A UPC-A (12 digits) is an EAN-13 whose first digit is 0 left unprinted:
 * 036000291452 and 0036000291452 are the same article with the same check digit. A nomenclature says
 * whether to convert a scanned code when trying a rule of the other encoding:
 * - `always` (default): both ways;
 * - `never`: a UPC-A only matches `upca` rules, an EAN-13 only `ean13` rules;
 * - `upc2ean`: a UPC-A tried on an `ean13` rule gets its leading 0;
 * - `ean2upc`: an EAN-13 starting with 0 tried on a `upca` rule loses it.
 */
export const UPC_EAN_CONVERSIONS = ['always', 'never', 'ean2upc', 'upc2ean'] as const;
export type UpcEanConversion = (typeof UPC_EAN_CONVERSIONS)[number];

/** The EAN-13 of a valid UPC-A (a leading 0), or undefined when the code is not a valid UPC-A. */
export function upcaToEan13(code: string): string | undefined {
  return isValidUpcA(code) ? `0${code}` : undefined;
}

/** The UPC-A of a valid EAN-13 starting with 0, or undefined for any other code. */
export function ean13ToUpca(code: string): string | undefined {
  return isValidEan13(code) && code.startsWith('0') ? code.slice(1) : undefined;
}

/** The code as a rule of `encoding` sees it under the conversion mode (the code itself if none). */
export function convertForRule(
  code: string,
  encoding: BarcodeEncoding,
  conversion: UpcEanConversion,
): string {
  if (encoding === 'ean13' && (conversion === 'always' || conversion === 'upc2ean')) {
    return upcaToEan13(code) ?? code;
  }
  if (encoding === 'upca' && (conversion === 'always' || conversion === 'ean2upc')) {
    return ean13ToUpca(code) ?? code;
  }
  return code;
}
