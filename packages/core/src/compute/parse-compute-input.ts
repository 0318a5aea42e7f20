import { ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { PAYMENT_KINDS, type Payment } from '../order/payments.ts';
import { CASH_ROUNDING_STRATEGIES, type CashRounding } from '../rounding/cash-rounding.ts';
import { ROUNDING_METHODS } from '../rounding/rounding-method.ts';
import { err, ok, type Result } from '../shared/result.ts';
import { indexTaxes, TAX_ROUNDINGS } from '../tax/tax.ts';
import type { ComputeInput, ComputeLine, ComputeProduct } from './compute-input.ts';
import {
  InputError,
  optional,
  readArray,
  readBoolean,
  readDecimal,
  readEnum,
  readInteger,
  readObject,
  readString,
  required,
  type Json,
} from './json-reader.ts';
import { readCategories, readDate, readPricelists, readProducts } from './read-catalog.ts';
import { readFiscalPosition, readTaxes, readTaxIds } from './read-taxes.ts';

export interface ComputeInputError {
  readonly type: 'invalid_input';
  /** The field at fault, as a path: `lines[0].qty`. */
  readonly field: string;
  readonly message: string;
}

/**
 * Reads one order in the `till compute` JSON format (docs/compute.md) and checks every field:
 * numbers as JSON numbers or decimal strings, every id pointing at something defined. The first
 * problem found is returned with the field it is about.
 */
export function parseComputeInput(json: Json): Result<ComputeInput, ComputeInputError> {
  try {
    return ok(read(json));
  } catch (e) {
    if (e instanceof InputError) return err({ type: 'invalid_input', field: e.field, message: e.message });
    throw e;
  }
}

function read(json: Json): ComputeInput {
  const o = readObject(json, '(order)');
  const c = readObject(required(o, 'currency', ''), 'currency');
  const currency: Currency = {
    code: readString(required(c, 'code', 'currency.'), 'currency.code'),
    decimals: readInteger(
      required(c, 'decimals', 'currency.'),
      'currency.decimals',
      0,
      4,
    ) as Currency['decimals'],
  };
  const taxes = optional(o, 'taxes', readTaxes, '') ?? [];
  const taxIndex = indexTaxes(taxes);
  const categories = optional(o, 'categories', readCategories, '') ?? [];
  const products = optional(o, 'products', (v) => readProducts(v, taxIndex, categories), '') ?? new Map();
  const pricelists = optional(o, 'pricelists', (v) => readPricelists(v, products, categories), '') ?? [];
  const pricelistId = optional(o, 'pricelist', readString, '') ?? null;
  if (pricelistId !== null && !pricelists.some((p) => p.id === pricelistId)) {
    throw new InputError('pricelist', `unknown pricelist "${pricelistId}"`);
  }
  return {
    currency,
    taxRounding: optional(o, 'tax_rounding', (v, p) => readEnum(v, p, TAX_ROUNDINGS), '') ?? 'per_line',
    taxes,
    taxIndex,
    fiscalPosition: optional(o, 'fiscal_position', (v) => readFiscalPosition(v, taxIndex), '') ?? null,
    products,
    categories,
    pricelists,
    pricelistId,
    date: optional(o, 'date', readDate, '') ?? null,
    lines: readArray(required(o, 'lines', ''), 'lines').map((l, i) =>
      readLine(l, `lines[${i}]`, products, taxIndex),
    ),
    globalDiscount:
      optional(o, 'global_discount', (v, p) => readDecimal(v, p, { min: 0, max: 100 }), '') ?? ZERO,
    cashRounding: optional(o, 'cash_rounding', readCashRounding, '') ?? null,
    payments:
      optional(
        o,
        'payments',
        (v) => readArray(v, 'payments').map((p, i) => readPayment(p, `payments[${i}]`)),
        '',
      ) ?? [],
  };
}

function readLine(
  raw: Json,
  path: string,
  products: ReadonlyMap<string, ComputeProduct>,
  taxes: ComputeInput['taxIndex'],
): ComputeLine {
  const p = `${path}.`;
  const o = readObject(raw, path);
  const product = optional(o, 'product', readString, p) ?? null;
  if (product !== null && !products.has(product))
    throw new InputError(`${p}product`, `unknown product "${product}"`);
  const priceUnit = optional(o, 'price_unit', readDecimal, p);
  if (product === null && priceUnit === undefined)
    throw new InputError(`${p}price_unit`, 'is missing (a line without a product needs a price)');
  return {
    product,
    qty: readDecimal(required(o, 'qty', p), `${p}qty`),
    price_unit: priceUnit,
    discount: optional(o, 'discount', (v, q) => readDecimal(v, q, { min: 0, max: 100 }), p) ?? ZERO,
    taxes: optional(o, 'taxes', (v, q) => readTaxIds(v, q, taxes), p),
  };
}

function readCashRounding(raw: Json, path: string): CashRounding {
  const p = `${path}.`;
  const o = readObject(raw, path);
  return {
    precision: readDecimal(required(o, 'precision', p), `${p}precision`, { above: 0 }),
    method: optional(o, 'method', (v, q) => readEnum(v, q, ROUNDING_METHODS), p) ?? 'HALF-UP',
    strategy: optional(o, 'strategy', (v, q) => readEnum(v, q, CASH_ROUNDING_STRATEGIES), p) ?? 'add_line',
    cash_only: optional(o, 'cash_only', readBoolean, p) ?? false,
  };
}

function readPayment(raw: Json, path: string): Payment {
  const p = `${path}.`;
  const o = readObject(raw, path);
  const method = readString(required(o, 'method', p), `${p}method`);
  return {
    method,
    // A method called "cash" is cash; any other is a bank (card) method unless its kind is given.
    kind:
      optional(o, 'kind', (v, q) => readEnum(v, q, PAYMENT_KINDS), p) ??
      (method.toLowerCase() === 'cash' ? 'cash' : 'bank'),
    amount: readDecimal(required(o, 'amount', p), `${p}amount`),
  };
}
