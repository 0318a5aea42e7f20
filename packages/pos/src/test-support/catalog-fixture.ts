import type { TillCustomer, TillProduct, TillTax } from '@till/core';
import { Catalog } from '../catalog/catalog.ts';
import { SHOP } from './fixtures.ts';

export const VAT_20_INCLUDED: TillTax = {
  id: 1,
  name: 'VAT 20% incl.',
  amount_type: 'percent',
  amount: '20',
  price_include: true,
  include_base_amount: false,
  is_base_affected: true,
  sequence: 1,
  children: [],
};

export const VAT_10_EXCLUDED: TillTax = {
  ...VAT_20_INCLUDED,
  id: 2,
  name: 'VAT 10%',
  amount: '10',
  price_include: false,
};

export function product(id: number, changes: Partial<TillProduct> = {}): TillProduct {
  return {
    id,
    name: `Product ${id}`,
    default_code: null,
    barcodes: [],
    category_id: null,
    list_price: '10.00',
    standard_price: '5.00',
    tax_ids: [1],
    uom: 'unit',
    tracking: 'none',
    ...changes,
  };
}

export function customer(id: number, changes: Partial<TillCustomer> = {}): TillCustomer {
  return {
    id,
    name: `Customer ${id}`,
    email: null,
    phone: null,
    street: null,
    city: null,
    zip: null,
    country: null,
    tax_id: null,
    barcode: null,
    pricelist_id: null,
    fiscal_position_id: null,
    ...changes,
  };
}

/** A catalog as a load would fill it: a café with a few products, two taxes, one customer. */
export function cafeCatalog(): Catalog {
  const catalog = new Catalog();
  catalog.apply({ type: 'shop', shop: SHOP });
  catalog.apply({ type: 'taxes', items: [VAT_20_INCLUDED, VAT_10_EXCLUDED] });
  catalog.apply({
    type: 'employees',
    items: [{ id: 1, name: 'Ada', role: 'manager', badge: '0410000000014' }],
  });
  catalog.apply({
    type: 'products',
    items: [
      product(1, { name: 'Espresso', list_price: '2.40', barcodes: ['5449000000996'], default_code: 'ESP' }),
      product(2, { name: 'Apples', uom: 'kg', list_price: '3.00', barcodes: ['2112345000008'] }),
      product(3, { name: 'Cheese', list_price: '0.00', barcodes: ['2300001000008'] }),
    ],
  });
  catalog.apply({ type: 'customers', items: [customer(7, { name: 'Grace', barcode: '0420000000075' })] });
  return catalog;
}
