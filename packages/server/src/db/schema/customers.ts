import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { fiscalPositions } from './fiscal-positions.ts';
import { pricelists } from './pricelists.ts';

/** Customers: searched and created at the till; bring their pricelist and fiscal position. */
export const customers = pgTable(
  'customers',
  {
    id: id(),
    /** The id a till gave a customer it created (offline too): a second send finds this row. */
    uid: text('uid').unique(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    street: text('street'),
    street2: text('street2'),
    zip: text('zip'),
    city: text('city'),
    state: text('state'),
    country_code: text('country_code'),
    tax_id: text('tax_id'),
    barcode: text('barcode').unique(),
    pricelist_id: integer('pricelist_id').references(() => pricelists.id, { onDelete: 'set null' }),
    fiscal_position_id: integer('fiscal_position_id').references(() => fiscalPositions.id, {
      onDelete: 'set null',
    }),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [index('customers_updated_at_idx').on(t.updated_at), index('customers_name_idx').on(t.name)],
);
