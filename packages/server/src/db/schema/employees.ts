import { boolean, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns.ts';
import { shops } from './shops.ts';

export const EMPLOYEE_ROLES = ['manager', 'cashier'] as const;
export type EmployeeRole = (typeof EMPLOYEE_ROLES)[number];

/** The people who sell at a till: they log in there with a PIN or by scanning their badge. */
export const employees = pgTable(
  'employees',
  {
    id: id(),
    name: text('name').notNull(),
    /** scrypt hash of the PIN; null when the employee logs in without one. */
    pin_hash: text('pin_hash'),
    badge_barcode: text('badge_barcode').unique(),
    role: text('role', { enum: EMPLOYEE_ROLES }).notNull().default('cashier'),
    active: boolean('active').notNull().default(true),
    ...timestamps,
  },
  (t) => [oneOf('employees', t.role, EMPLOYEE_ROLES)],
);

/** Which employees may sell at which shop. */
export const employeeShops = pgTable(
  'employee_shops',
  {
    employee_id: integer('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'cascade' }),
    shop_id: integer('shop_id')
      .notNull()
      .references(() => shops.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.employee_id, t.shop_id] }),
    index('employee_shops_shop_idx').on(t.shop_id),
  ],
);
