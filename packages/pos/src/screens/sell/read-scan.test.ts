import { describe, expect, it } from 'vitest';
import { cafeCatalog } from '../../test-support/catalog-fixture.ts';
import { readScan } from './read-scan.ts';

const catalog = cafeCatalog();

describe('readScan', () => {
  it('a product barcode adds the product', () => {
    expect(readScan('5449000000996', catalog)).toMatchObject({
      type: 'product',
      product: { name: 'Espresso' },
    });
  });

  it('a UPC-A finds the product stored under its EAN-13', () => {
    expect(readScan('544900000099', catalog).type).toBe('error');
    const upc = cafeCatalog();
    upc.apply({ type: 'products', items: [{ ...upc.products.get(1)!, barcodes: ['0012345678905'] }] });
    expect(readScan('012345678905', upc)).toMatchObject({ type: 'product', product: { id: 1 } });
  });

  it('a scale label gives the product and its weight', () => {
    const action = readScan('2112345012346', catalog);
    expect(action).toMatchObject({ type: 'product', product: { name: 'Apples' } });
    if (action.type === 'product') expect(action.qty?.toString()).toBe('1.234');
  });

  it('a price label gives the product and its price', () => {
    const action = readScan('2300001012506', catalog);
    expect(action).toMatchObject({ type: 'product', product: { name: 'Cheese' } });
    if (action.type === 'product') expect(action.labelPrice?.toString()).toBe('12.5');
  });

  it('a discount tag gives the percentage', () => {
    const action = readScan('2210', catalog);
    expect(action.type).toBe('discount');
    if (action.type === 'discount') expect(action.percent.toString()).toBe('10');
  });

  it('a customer card sets the customer; a badge names the cashier', () => {
    expect(readScan('0420000000075', catalog)).toMatchObject({
      type: 'customer',
      customer: { name: 'Grace' },
    });
    expect(readScan('0410000000014', catalog)).toMatchObject({ type: 'cashier', employee: { name: 'Ada' } });
  });

  it.each([
    ['an unknown barcode', '4006381333931', /Unknown barcode 4006381333931/],
    ['a misread check digit', '5449000000997', /check digit should be 6/],
    ['an unknown customer card', '0420000000082', /No customer has the card/],
  ])('%s gets a clear message', (_name, code, message) => {
    const action = readScan(code, catalog);
    expect(action.type).toBe('error');
    if (action.type === 'error') expect(action.message).toMatch(message);
  });
});
