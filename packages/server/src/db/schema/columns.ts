import { sql, type SQL } from 'drizzle-orm';
import { check, integer, numeric, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Column shapes shared by every table, so one kind of value has one SQL type everywhere.
 *
 * Money and quantities are NUMERIC at a fixed scale, read and written as decimal strings
 * (drizzle's default for numeric), and turned into `Decimal` (from @till/core) for arithmetic:
 * - `price`: unit prices, costs, fixed amounts, closing differences: numeric(16,4). Unit prices may
 *   carry more digits than the currency; 4 decimals also hold the 3-decimal currencies.
 * - `quantity`: quantities and weights (kg to the gram and beyond): numeric(16,4).
 * - `rate`: percentages and tax amounts (20, 5.5, 33.3333): numeric(16,4) too, one scale to learn.
 * 12 digits before the point: no shop reaches 10^12. JSON schemas accept exactly this shape.
 */
export const price = (name: string) => numeric(name, { precision: 16, scale: 4 });
export const quantity = (name: string) => numeric(name, { precision: 16, scale: 4 });
export const rate = (name: string) => numeric(name, { precision: 16, scale: 4 });
/**
 * The unit price a till sold at: a pricelist may compute more digits than `price` holds
 * (10 % off 3.33 is 2.997, a formula gives 2.99655), and the sync accepts 6 decimals, so the
 * order line keeps all of them: what is stored recomputes to exactly what was sold.
 */
export const soldUnitPrice = (name: string) => numeric(name, { precision: 18, scale: 6 });

/** Every time is a `timestamp with time zone` (an instant, whatever the server's zone). */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Integer identity primary key: short ids that can go into receipt numbers. */
export const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

/**
 * `created_at` / `updated_at`, set by the database on insert; Drizzle sets `updated_at = now()` on
 * every update it makes. `updated_at` versions a row for the till's data loading.
 */
export const timestamps = {
  created_at: instant('created_at').notNull().defaultNow(),
  updated_at: instant('updated_at')
    .notNull()
    .defaultNow()
    .$onUpdate(() => sql`now()`),
};

/**
 * A CHECK constraint keeping a text column to a closed set of words. Text + CHECK instead of a
 * PostgreSQL enum type: adding a word later is a plain migration, and the TypeScript type comes
 * from the column's `enum` option.
 */
export function oneOf(table: string, column: AnyPgColumn, values: readonly string[]) {
  const list: SQL = sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));
  return check(`${table}_${column.name}_check`, sql`${column} in (${list})`);
}
