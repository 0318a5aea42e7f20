import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../db/database.ts';
import { employees, employeeShops } from '../db/schema/index.ts';

/** An active employee allowed to sell in the shop, with the PIN hash; undefined otherwise. */
export async function findShopEmployee(db: Queryable, shopId: number, employeeId: number) {
  const rows = await db
    .select({ id: employees.id, name: employees.name, role: employees.role, pin_hash: employees.pin_hash })
    .from(employees)
    .innerJoin(employeeShops, eq(employeeShops.employee_id, employees.id))
    .where(and(eq(employees.id, employeeId), eq(employeeShops.shop_id, shopId), eq(employees.active, true)))
    .limit(1);
  return rows[0];
}
