import { boolean, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns.ts';
import { shops } from './shops.ts';

export const TABLE_SHAPES = ['square', 'round'] as const;

/** A room of a restaurant's floor plan. */
export const floors = pgTable(
  'floors',
  {
    id: id(),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sequence: integer('sequence').notNull().default(10),
    background_color: text('background_color'),
    ...timestamps,
  },
  (t) => [index('floors_shop_idx').on(t.shop_id)],
);

/** A table on a floor; position and size in plan pixels (edited by drag and drop). */
export const diningTables = pgTable(
  'tables',
  {
    id: id(),
    floor_id: integer('floor_id')
      .notNull()
      .references(() => floors.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    shape: text('shape', { enum: TABLE_SHAPES }).notNull().default('square'),
    x: integer('x').notNull().default(0),
    y: integer('y').notNull().default(0),
    width: integer('width').notNull().default(100),
    height: integer('height').notNull().default(100),
    seats: integer('seats').notNull().default(4),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [oneOf('tables', t.shape, TABLE_SHAPES), index('tables_floor_idx').on(t.floor_id)],
);
