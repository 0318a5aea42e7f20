import type { Nomenclature } from './nomenclature.ts';

/**
 * Odoo Point of Sale's "Default Nomenclature": in-store labels start with 2 (GS1 keeps 20–29 for a
 * shop's own use): 23 price labels (NNN.DD), 22 discounts (NN %), 21 scale labels (NN.DDD kg); then
 * loyalty cards (042), cashier badges (041), coupons and gift cards (043, 044), stock codes, and
 * last every other code as a product barcode. UPC-A and EAN-13 are converted both ways.
 */
export const DEFAULT_NOMENCLATURE: Nomenclature = {
  name: 'Default Nomenclature',
  upc_ean_conv: 'always',
  rules: [
    {
      name: 'Price Barcodes 2 Decimals',
      sequence: 14,
      type: 'price',
      encoding: 'ean13',
      pattern: '23.....{NNNDD}',
    },
    { name: 'Discount Barcodes', sequence: 20, type: 'discount', encoding: 'any', pattern: '22{NN}' },
    {
      name: 'Weight Barcodes 3 Decimals',
      sequence: 36,
      type: 'weight',
      encoding: 'ean13',
      pattern: '21.....{NNDDD}',
    },
    { name: 'Customer Barcodes', sequence: 40, type: 'client', encoding: 'any', pattern: '042' },
    { name: 'Cashier Barcodes', sequence: 50, type: 'cashier', encoding: 'any', pattern: '041' },
    {
      name: 'Coupon & Gift Card Barcodes',
      sequence: 50,
      type: 'coupon',
      encoding: 'any',
      pattern: '043|044',
    },
    { name: 'Location barcodes', sequence: 60, type: 'location', encoding: 'any', pattern: '414' },
    { name: 'Package barcodes', sequence: 70, type: 'package', encoding: 'any', pattern: 'PACK' },
    { name: 'Lot barcodes', sequence: 80, type: 'lot', encoding: 'any', pattern: '10' },
    { name: 'Product Barcodes', sequence: 90, type: 'product', encoding: 'any', pattern: '.*' },
  ],
};
