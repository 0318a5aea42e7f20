import {
  describeBarcodeError,
  ean13ToUpca,
  parseBarcode,
  upcaToEan13,
  type Decimal,
  type TillCustomer,
  type TillEmployee,
  type TillProduct,
} from '@till/core';
import type { Catalog } from '../../catalog/catalog.ts';

/** What a scan on the selling screen does. */
export type ScanAction =
  | {
      readonly type: 'product';
      readonly product: TillProduct;
      readonly qty?: Decimal;
      readonly labelPrice?: Decimal;
    }
  | { readonly type: 'discount'; readonly percent: Decimal }
  | { readonly type: 'customer'; readonly customer: TillCustomer }
  | { readonly type: 'cashier'; readonly employee: TillEmployee }
  | { readonly type: 'error'; readonly message: string };

/**
 * Reads a scanned code with core's `parseBarcode` (the default nomenclature) and finds what it
 * names in the loaded data: a product (by its barcode, or the base code of a weight or price
 * label), a discount for the selected line, a customer card, a cashier badge.
 */
export function readScan(code: string, catalog: Catalog): ScanAction {
  const parsed = parseBarcode(code);
  if (!parsed.ok) return { type: 'error', message: describeBarcodeError(parsed.error) };
  const scan = parsed.value;
  // A UPC-A and the EAN-13 with a leading 0 are the same article, whichever the product stores.
  const product = () =>
    findProduct(
      catalog,
      [code, scan.code, scan.base_code].flatMap((c) =>
        [c, upcaToEan13(c), ean13ToUpca(c)].filter((x): x is string => !!x),
      ),
    );
  switch (scan.type) {
    case 'product': {
      const p = product();
      return p ? { type: 'product', product: p } : unknown(code, catalog);
    }
    case 'weight': {
      const p = product();
      if (!p) return unknown(code, catalog);
      return scan.value ? { type: 'product', product: p, qty: scan.value } : { type: 'product', product: p };
    }
    case 'price': {
      const p = product();
      if (!p) return unknown(code, catalog);
      return scan.value
        ? { type: 'product', product: p, labelPrice: scan.value }
        : { type: 'product', product: p };
    }
    case 'discount':
      return scan.value
        ? { type: 'discount', percent: scan.value }
        : { type: 'error', message: `The discount barcode ${code} carries no percentage.` };
    case 'client': {
      const id = catalog.customerBarcodes.get(code);
      const customer = id === undefined ? undefined : catalog.customers.get(id);
      return customer
        ? { type: 'customer', customer }
        : { type: 'error', message: `No customer has the card ${code}.` };
    }
    case 'cashier': {
      const employee = catalog.employees.find((e) => e.badge === code);
      return employee
        ? { type: 'cashier', employee }
        : { type: 'error', message: `No cashier has the badge ${code}.` };
    }
    default:
      return { type: 'error', message: `${code} is a ${scan.rule} code: the till does not use those yet.` };
  }
}

function findProduct(catalog: Catalog, codes: readonly string[]): TillProduct | undefined {
  for (const c of codes) {
    const id = catalog.productCodes.get(c) ?? catalog.productCodes.get(c.toLowerCase());
    const product = id === undefined ? undefined : catalog.products.get(id);
    if (product) return product;
  }
  return undefined;
}

function unknown(code: string, catalog: Catalog): ScanAction {
  const more = catalog.products.size > 0 ? '' : ' (the products are not loaded yet)';
  return { type: 'error', message: `Unknown barcode ${code}: no product has it${more}.` };
}
