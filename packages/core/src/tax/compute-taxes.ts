import { Decimal, ZERO } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import { currencyStep, roundToCurrency } from '../money/currency.ts';
import { roundToStep } from '../rounding/round-to-step.ts';
import { flattenTaxes } from './flatten-taxes.ts';
import { removeIncludedTaxes, taxAmountOnBase } from './tax-amount.ts';
import type { Tax, TaxIndex, TaxRounding } from './tax.ts';

/** One tax applied on one line: the base it was computed on and its amount. */
export interface LineTax {
  readonly tax: Tax;
  readonly base: Decimal;
  readonly amount: Decimal;
}

/** The taxes of one line: its total without taxes, with taxes, and each tax. */
export interface LineTaxes {
  readonly total_excluded: Decimal;
  readonly total_included: Decimal;
  readonly taxes: readonly LineTax[];
}

export interface ComputeTaxesInput {
  readonly taxes: readonly Tax[];
  readonly index: TaxIndex;
  /** Unit price, discount already applied, not rounded. */
  readonly priceUnit: Decimal;
  readonly quantity: Decimal;
  readonly currency: Currency;
  /** `per_line` rounds each tax amount to the currency; `global` keeps 5 more digits, the order rounds. */
  readonly rounding: TaxRounding;
}

/**
 * Computes a line's taxes exactly as Odoo's tax engine does (`compute_all`), so every figure
 * matches to the cent:
 * 1. the base is price × quantity rounded to the currency; a negative base is computed as positive
 *    and the results negated;
 * 2. walking the taxes backwards, the price-included ones are backed out (a base-affecting tax
 *    closes a batch), which gives the total excluded; the total each included batch must reach is
 *    remembered, so that the last included tax takes what is left and the included price comes back
 *    to the cent;
 * 3. walking forwards, each tax is computed on the base (raised by earlier base-affecting taxes when
 *    this tax is base-affected or included, else the total excluded).
 */
export function computeTaxes(input: ComputeTaxesInput): LineTaxes {
  const { currency, quantity } = input;
  const taxes = flattenTaxes(input.taxes, input.index);
  const step = input.rounding === 'per_line' ? currencyStep(currency) : currencyStep(currency).times('1e-5');
  const roundTax = (v: Decimal): Decimal => roundToStep(v, step, 'HALF-UP');

  let base = roundToCurrency(input.priceUnit.times(quantity), currency);
  const sign = base.isNegative() ? -1 : 1;
  base = base.abs();

  // Backwards: the base before the included taxes, and the checkpoints the included taxes must hit.
  const checkpoints = new Map<number, Decimal>();
  let included = { fixed: ZERO, percent: ZERO, division: ZERO };
  let storeCheckpoint = true;
  for (let i = taxes.length - 1; i >= 0; i--) {
    const tax = taxes[i] as Tax;
    if (tax.include_base_amount) {
      base = removeIncludedTaxes(base, included);
      included = { fixed: ZERO, percent: ZERO, division: ZERO };
      storeCheckpoint = true;
    }
    if (!tax.price_include) continue;
    if (tax.amount_type === 'percent') included.percent = included.percent.plus(tax.amount);
    else if (tax.amount_type === 'division') included.division = included.division.plus(tax.amount);
    else if (tax.amount_type === 'fixed')
      included.fixed = included.fixed.plus(quantity.abs().times(tax.amount));
    // A zero tax never closes a batch: its amount is zero whatever the checkpoint says.
    if (storeCheckpoint && !tax.amount.isZero()) {
      checkpoints.set(i, base);
      storeCheckpoint = false;
    }
  }
  const totalExcluded = roundToCurrency(removeIncludedTaxes(base, included), currency);

  // Forwards: each tax's amount.
  base = totalExcluded;
  let totalIncluded = totalExcluded;
  let skipCheckpoints = false;
  let includedSoFar = ZERO;
  const lineTaxes: LineTax[] = [];
  taxes.forEach((tax, i) => {
    const taxBase = tax.price_include || tax.is_base_affected ? base : totalExcluded;
    const checkpoint = checkpoints.get(i);
    let amount: Decimal;
    if (!skipCheckpoints && tax.price_include && checkpoint !== undefined) {
      amount = checkpoint.minus(base.plus(includedSoFar));
      includedSoFar = ZERO;
    } else {
      amount = taxAmountOnBase(tax, taxBase, quantity);
    }
    amount = roundTax(amount);
    if (tax.price_include && checkpoint === undefined) includedSoFar = includedSoFar.plus(amount);
    lineTaxes.push({ tax, base: roundTax(taxBase).times(sign), amount: amount.times(sign) });
    if (tax.include_base_amount) {
      base = base.plus(amount);
      // An excluded tax raising the base breaks the included checkpoints: compute forward instead.
      if (!tax.price_include) skipCheckpoints = true;
    }
    totalIncluded = totalIncluded.plus(amount);
  });

  return {
    total_excluded: totalExcluded.times(sign),
    total_included: roundToCurrency(totalIncluded, currency).times(sign),
    taxes: lineTaxes,
  };
}
