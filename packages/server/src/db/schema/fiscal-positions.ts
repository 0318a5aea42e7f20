import { boolean, index, integer, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns.ts';
import { taxes } from './taxes.ts';

/** Maps taxes to other taxes, e.g. "Take-away": VAT 20% → VAT 10%, or a foreign customer: → none. */
export const fiscalPositions = pgTable('fiscal_positions', {
  id: id(),
  name: text('name').notNull(),
  note: text('note'),
  active: boolean('active').notNull().default(true),
  ...timestamps,
});

/** One mapping row: `tax_src_id` becomes `tax_dest_id`, or is removed when `tax_dest_id` is null. */
export const fiscalPositionTaxes = pgTable(
  'fiscal_position_taxes',
  {
    id: id(),
    fiscal_position_id: integer('fiscal_position_id')
      .notNull()
      .references(() => fiscalPositions.id, { onDelete: 'cascade' }),
    tax_src_id: integer('tax_src_id')
      .notNull()
      .references(() => taxes.id, { onDelete: 'restrict' }),
    tax_dest_id: integer('tax_dest_id').references(() => taxes.id, { onDelete: 'restrict' }),
  },
  (t) => [
    unique('fiscal_position_taxes_unique').on(t.fiscal_position_id, t.tax_src_id, t.tax_dest_id),
    index('fiscal_position_taxes_position_idx').on(t.fiscal_position_id),
  ],
);
