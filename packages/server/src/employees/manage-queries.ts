import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { AuthUser } from '../auth/principal.ts';
import type { Queryable } from '../db/database.ts';
import { employees, employeeShops } from '../db/schema/index.ts';
import { likePattern, pageOf, type ListQuery } from '../http/list-query.ts';
import type { Employee } from './schemas.ts';

const columns = {
  id: employees.id,
  name: employees.name,
  role: employees.role,
  badge_barcode: employees.badge_barcode,
  active: employees.active,
  has_pin: sql<boolean>`${employees.pin_hash} is not null`,
  created_at: employees.created_at,
  updated_at: employees.updated_at,
};

/** Admins see every employee; a manager those who sell in one of the manager's shops. */
export function employeeScope(user: AuthUser): SQL | undefined {
  if (user.role === 'admin') return undefined;
  return sql`exists (select 1 from employee_shops es join user_shops us on us.shop_id = es.shop_id
    where es.employee_id = ${employees.id} and us.user_id = ${user.id})`;
}

async function withShops(db: Queryable, rows: Omit<Employee, 'shop_ids'>[]): Promise<Employee[]> {
  if (rows.length === 0) return [];
  const links = await db
    .select()
    .from(employeeShops)
    .where(
      inArray(
        employeeShops.employee_id,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((e) => ({
    ...e,
    has_pin: Boolean(e.has_pin),
    shop_ids: links
      .filter((l) => l.employee_id === e.id)
      .map((l) => l.shop_id)
      .sort((a, b) => a - b),
  }));
}

/** One page of employees by name (search: name or badge), within what the user may see. */
export async function listEmployees(db: Queryable, user: AuthUser, query: ListQuery) {
  const { limit, offset } = pageOf(query);
  const archived = query.archived ?? 'exclude';
  const q = query.q?.trim();
  const where = and(
    employeeScope(user),
    archived === 'exclude' ? eq(employees.active, true) : undefined,
    archived === 'only' ? eq(employees.active, false) : undefined,
    q ? or(ilike(employees.name, likePattern(q)), ilike(employees.badge_barcode, likePattern(q))) : undefined,
  );
  const rows = await db
    .select(columns)
    .from(employees)
    .where(where)
    .orderBy(asc(employees.name), asc(employees.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(employees).where(where);
  return { items: await withShops(db, rows), total: Number(total?.n ?? 0), limit, offset };
}

/** One employee, if the user may see them. */
export async function findEmployee(
  db: Queryable,
  id: number,
  user?: AuthUser,
): Promise<Employee | undefined> {
  const rows = await db
    .select(columns)
    .from(employees)
    .where(and(eq(employees.id, id), user ? employeeScope(user) : undefined));
  return (await withShops(db, rows))[0];
}

/** Replaces the shops an employee sells in. */
export async function setEmployeeShops(tx: Queryable, employeeId: number, shopIds: readonly number[]) {
  await tx.delete(employeeShops).where(eq(employeeShops.employee_id, employeeId));
  if (shopIds.length > 0)
    await tx.insert(employeeShops).values(shopIds.map((shop_id) => ({ employee_id: employeeId, shop_id })));
}
