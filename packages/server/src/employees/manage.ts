import { eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import { hashSecret } from '../auth/passwords.ts';
import type { Database } from '../db/database.ts';
import { employees } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { findEmployee, setEmployeeShops } from './manage-queries.ts';
import type { Employee, EmployeeChanges, NewEmployee } from './schemas.ts';

export type EmployeeRefusal =
  | { readonly code: 'not_found' }
  | { readonly code: 'badge_taken'; readonly badge: string }
  | { readonly code: 'unknown_shop' }
  | { readonly code: 'in_use' };

/** The PIN's column value: hashed (slow on purpose, so before any transaction), null, or unchanged. */
async function pinHashOf(pin: string | null | undefined): Promise<{ pin_hash?: string | null }> {
  if (pin === undefined) return {};
  return { pin_hash: pin === null ? null : await hashSecret(pin) };
}

export async function createEmployee(
  db: Database,
  input: NewEmployee,
): Promise<Result<Employee, EmployeeRefusal>> {
  const { pin, shop_ids, ...fields } = input;
  const pinHash = await pinHashOf(pin);
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(employees)
        .values({ ...fields, ...pinHash })
        .returning({ id: employees.id });
      await setEmployeeShops(tx, row!.id, shop_ids ?? []);
      return row!.id;
    });
    return ok((await findEmployee(db, id))!);
  } catch (error) {
    return refusalOf(error, fields.badge_barcode);
  }
}

/**
 * Changes what is given. A new PIN counts at the next PIN login (login reads the hash each
 * time); the till gets the changed name, role, badge or shops at its next load (employees come
 * whole with every load, `since` or not).
 */
export async function updateEmployee(
  db: Database,
  id: number,
  changes: EmployeeChanges,
): Promise<Result<Employee, EmployeeRefusal>> {
  const { pin, shop_ids, ...fields } = changes;
  const pinHash = await pinHashOf(pin);
  try {
    const found = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(employees)
        .set({ ...fields, ...pinHash, updated_at: sql`now()` })
        .where(eq(employees.id, id))
        .returning({ id: employees.id });
      if (!row) return false;
      if (shop_ids) await setEmployeeShops(tx, id, shop_ids);
      return true;
    });
    if (!found) return err({ code: 'not_found' });
    return ok((await findEmployee(db, id))!);
  } catch (error) {
    return refusalOf(error, fields.badge_barcode);
  }
}

/** Deletes an employee no order or session names; one they name must be archived instead. */
export async function deleteEmployee(db: Database, id: number): Promise<Result<true, EmployeeRefusal>> {
  try {
    const rows = await db.transaction((tx) =>
      tx.delete(employees).where(eq(employees.id, id)).returning({ id: employees.id }),
    );
    return rows.length > 0 ? ok(true) : err({ code: 'not_found' });
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === SQL_STATE.foreignKeyViolation || state === SQL_STATE.restrictViolation)
      return err({ code: 'in_use' });
    throw error;
  }
}

function refusalOf(error: unknown, badge: string | null | undefined): Result<never, EmployeeRefusal> {
  const state = sqlStateOf(error);
  if (state === SQL_STATE.uniqueViolation && badge) return err({ code: 'badge_taken', badge });
  if (state === SQL_STATE.foreignKeyViolation) return err({ code: 'unknown_shop' });
  throw error;
}
