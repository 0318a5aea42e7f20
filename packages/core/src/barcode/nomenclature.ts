import { err, ok, type Result } from '../shared/result.ts';
import type { BarcodeError } from './barcode-error.ts';
import { compilePattern, type BarcodePattern } from './barcode-pattern.ts';
import type { BarcodeEncoding } from './encoding.ts';
import type { UpcEanConversion } from './upc-ean-conversion.ts';

/**
 * Barcode nomenclature: the shop's list of rules saying what a scanned code means (Odoo's
 * `barcode.nomenclature`). A rule has a pattern (see `barcode-pattern.ts`), an encoding the code must
 * be valid in, and a type telling the till what to do: add a product, a weighed or priced article,
 * apply a discount, set the customer, log a cashier in, redeem a coupon… Rules are tried by
 * ascending `sequence`, then in list order; the first that matches wins, so a catch-all `.*`
 * product rule goes last.
 */
export const BARCODE_TYPES = [
  'product',
  'weight',
  'price',
  'discount',
  'client',
  'cashier',
  'coupon',
  'location',
  'package',
  'lot',
] as const;
export type BarcodeType = (typeof BARCODE_TYPES)[number];

export interface BarcodeRule {
  readonly name: string;
  readonly sequence: number;
  readonly type: BarcodeType;
  readonly encoding: BarcodeEncoding;
  readonly pattern: string;
}

export interface Nomenclature {
  readonly name: string;
  /** How UPC-A and EAN-13 codes are converted to try rules of the other encoding. */
  readonly upc_ean_conv: UpcEanConversion;
  readonly rules: readonly BarcodeRule[];
}

export interface CompiledRule {
  readonly rule: BarcodeRule;
  readonly pattern: BarcodePattern;
}

/** A nomenclature whose patterns are read and whose rules are in the order they are tried. */
export interface CompiledNomenclature {
  readonly nomenclature: Nomenclature;
  readonly rules: readonly CompiledRule[];
}

/**
 * Reads every pattern and sorts the rules (stable: equal sequences keep list order). Refuses the
 * first rule whose pattern is broken, naming it, so the back office can say which rule to fix.
 */
export function compileNomenclature(nomenclature: Nomenclature): Result<CompiledNomenclature, BarcodeError> {
  const rules: CompiledRule[] = [];
  for (const rule of nomenclature.rules) {
    const pattern = compilePattern(rule.pattern);
    if (!pattern.ok) {
      return err({ type: 'invalid_pattern', rule: rule.name, pattern: rule.pattern, problem: pattern.error });
    }
    rules.push({ rule, pattern: pattern.value });
  }
  rules.sort((a, b) => a.rule.sequence - b.rule.sequence);
  return ok({ nomenclature, rules });
}
