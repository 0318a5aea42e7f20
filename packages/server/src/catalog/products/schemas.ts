import { Type, type Static } from '@sinclair/typebox';
import { PRODUCT_TRACKINGS, PRODUCT_UOMS } from '../../db/schema/index.ts';
import { ListQuery } from '../../http/list-query.ts';
import { DecimalString, Id, InstantOut, Name, Nullable, OneOf } from '../../http/schemas.ts';
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

export const ProductSchema = Type.Object({
  id: Id,
  ...fields,
  created_at: InstantOut,
  updated_at: InstantOut,
});
export type Product = Static<typeof ProductSchema>;

export const NewProductBody = Type.Composite(
  [Type.Pick(Type.Object(fields), ['name']), Type.Partial(Type.Omit(Type.Object(fields), ['name']))],
  { additionalProperties: false },
);
export type NewProduct = Static<typeof NewProductBody>;
export const ProductChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
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
