import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { EUR, makeTax } from '../tax/tax-fixtures.ts';
import { indexTaxes } from '../tax/tax.ts';
import { mapTaxes, priceUnderFiscalPosition, type FiscalPosition } from './fiscal-position.ts';

const vat20inc = makeTax('vat20inc', 'percent', 20, { price_include: true });
const vat10 = makeTax('vat10', 'percent', 10);
const vat10inc = makeTax('vat10inc', 'percent', 10, { price_include: true });
const eco = makeTax('eco', 'fixed', '0.5');
const index = indexTaxes([vat20inc, vat10, vat10inc, eco]);

const takeAway: FiscalPosition = { id: 'ta', name: 'Take-away', map: [{ from: 'vat20inc', to: ['vat10'] }] };
const takeAwayIncluded: FiscalPosition = {
  id: 'tai',
  name: 'Take-away',
  map: [{ from: 'vat20inc', to: ['vat10inc'] }],
};
const export_: FiscalPosition = { id: 'ex', name: 'Export', map: [{ from: 'vat20inc', to: [] }] };
const split: FiscalPosition = { id: 'sp', name: 'Split', map: [{ from: 'vat20inc', to: ['vat10', 'eco'] }] };

describe('mapTaxes', () => {
  it.each([
    ['no position keeps the taxes', null, ['vat20inc', 'eco']],
    ['a mapped tax is replaced, others stay', takeAway, ['vat10', 'eco']],
    ['a tax mapped to nothing disappears', export_, ['eco']],
    ['a tax may map to several; none twice', split, ['vat10', 'eco']],
  ])('%s', (_name, position, expected) => {
    expect(mapTaxes([vat20inc, eco], position, index).map((t) => t.id)).toEqual(expected);
  });
});

describe('priceUnderFiscalPosition', () => {
  it.each([
    ['included 20 % mapped to excluded 10 %: the price loses the 20 %', takeAway, '12.00', '10.00'],
    ['included 20 % mapped to included 10 %: 12.00 → 10.00 → 11.00', takeAwayIncluded, '12.00', '11.00'],
    ['mapped to nothing: the price without tax', export_, '12.00', '10.00'],
    ['no position: the price as it is', null, '12.00', '12.00'],
    ['rounded to the currency: 9.99 → 8.325 → 8.33', takeAway, '9.99', '8.33'],
  ])('%s', (_name, position, price, expected) => {
    expect(priceUnderFiscalPosition(dec(price), [vat20inc], position, index, EUR).toFixed(2)).toBe(expected);
  });

  it('an excluded tax mapped to another leaves the price alone', () => {
    const fp: FiscalPosition = { id: 'x', name: 'x', map: [{ from: 'vat10', to: ['vat10inc'] }] };
    expect(priceUnderFiscalPosition(dec('5'), [vat10], fp, index, EUR).toFixed(2)).toBe('5.00');
  });
});
