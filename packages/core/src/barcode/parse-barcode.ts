import type { Decimal } from '../money/decimal.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { BarcodeError } from './barcode-error.ts';
import { matchPattern } from './barcode-pattern.ts';
import { replaceCheckDigit } from './check-digit.ts';
import { DEFAULT_NOMENCLATURE } from './default-nomenclature.ts';
import { isEncodedAs, type BarcodeEncoding } from './encoding.ts';
import {
  compileNomenclature,
  type BarcodeType,
  type CompiledNomenclature,
  type Nomenclature,
} from './nomenclature.ts';
import { checkScannedCode } from './scanned-code.ts';
import { convertForRule } from './upc-ean-conversion.ts';

/**
 * Parsing a scan: what the till makes of a code. The first rule of the nomenclature (by sequence)
 * whose encoding the code is valid in (after UPC/EAN conversion) and whose pattern matches gives
 * the type. `value` is the embedded value (kg for `weight`, an amount for `price`, a percentage for
 * `discount`), null when the pattern has none. `base_code` is the code with the value's digits
 * zeroed and, for EAN-13/EAN-8/UPC-A rules, the check digit recomputed: the barcode stored on the
 * product, so 2112345012346 (1.234 kg) finds the product whose barcode is 2112345000008.
 */
export interface ParsedBarcode {
  readonly type: BarcodeType;
  /** The code as the matching rule saw it: a UPC-A matched by an `ean13` rule has its leading 0. */
  readonly code: string;
  readonly base_code: string;
  readonly value: Decimal | null;
  /** The matching rule's encoding (`any` for the catch-all product rule). */
  readonly encoding: BarcodeEncoding;
  /** The matching rule's name. */
  readonly rule: string;
}

// A nomenclature is read once per object, not once per scan (objects are never mutated: readonly).
const compiled = new WeakMap<Nomenclature, Result<CompiledNomenclature, BarcodeError>>();

function compileOnce(nomenclature: Nomenclature): Result<CompiledNomenclature, BarcodeError> {
  let result = compiled.get(nomenclature);
  if (result === undefined) {
    result = compileNomenclature(nomenclature);
    compiled.set(nomenclature, result);
  }
  return result;
}

/** Parses a scanned or typed code with a nomenclature (Odoo's default unless one is given). */
export function parseBarcode(
  code: string,
  nomenclature: Nomenclature = DEFAULT_NOMENCLATURE,
): Result<ParsedBarcode, BarcodeError> {
  const checked = checkScannedCode(code);
  if (!checked.ok) return checked;
  const rules = compileOnce(nomenclature);
  if (!rules.ok) return rules;
  for (const { rule, pattern } of rules.value.rules) {
    const candidate = convertForRule(code, rule.encoding, nomenclature.upc_ean_conv);
    if (!isEncodedAs(candidate, rule.encoding)) continue;
    const match = matchPattern(candidate, pattern);
    if (match === null) continue;
    return ok({
      type: rule.type,
      code: candidate,
      base_code: rule.encoding === 'any' ? match.base_code : replaceCheckDigit(match.base_code),
      value: match.value,
      encoding: rule.encoding,
      rule: rule.name,
    });
  }
  return err({ type: 'no_rule_matched', code, nomenclature: nomenclature.name });
}
