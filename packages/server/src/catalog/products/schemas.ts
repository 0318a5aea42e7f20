import { Type, type Static } from '@sinclair/typebox';
import { PRODUCT_TRACKINGS, PRODUCT_UOMS } from '../../db/schema/index.ts';
import { changesBody, newBody, recordSchema } from '../bodies.ts';
import { ListQuery } from '../../http/list-query.ts';
import { DecimalString, Name, Nullable, OneOf, Id } from '../../http/schemas.ts';
import { MESSAGE_KEYWORD } from '../../http/validation.ts';

/** A barcode: no spaces, and no `|` (the CSV joins a product's barcodes with it). */
export const Barcode = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[^\\s|]+$',
  [MESSAGE_KEYWORD]: 'must be a barcode: 1 to 64 characters, no spaces and no "|"',
});

const fields = {
  name: Name(),
  internal_reference: Nullable(
    Type.String({ maxLength: 64, description: 'The internal reference (default code)' }),
  ),
  barcodes: Type.Array(Barcode, { uniqueItems: true, maxItems: 20 }),
  category_id: Nullable(Id),
  list_price: DecimalString({ description: 'Sales price per unit, or per kg for a weighed product' }),
  standard_price: DecimalString({ description: 'Cost' }),
  tax_ids: Type.Array(Id, { uniqueItems: true, maxItems: 20 }),
  uom: OneOf(PRODUCT_UOMS, { description: 'unit, or kg for a weighed product' }),
  tracking: OneOf(PRODUCT_TRACKINGS),
  available_in_pos: Type.Boolean(),
  active: Type.Boolean(),
  income_account_code: Nullable(Type.String({ maxLength: 64 })),
};

export const ProductSchema = recordSchema(fields);
export type Product = Static<typeof ProductSchema>;

export const NewProductBody = newBody(fields, ['name']);
export type NewProduct = Static<typeof NewProductBody>;
export const ProductChangesBody = changesBody(fields);
export type ProductChanges = Static<typeof ProductChangesBody>;

export const ProductQuery = Type.Composite([
  ListQuery,
  Type.Object({
    category_id: Type.Optional(Id),
    barcode: Type.Optional(Type.String({ maxLength: 64, description: 'Exactly this barcode' })),
    available_in_pos: Type.Optional(Type.Boolean()),
  }),
]);
export type ProductQuery = Static<typeof ProductQuery>;
