import { err, ok, type Result } from '@till/core';
import { verifySecret } from '../auth/passwords.ts';
import type { Database } from '../db/database.ts';
import type { EmployeeRole } from '../db/schema/index.ts';
import { findShopEmployee } from './queries.ts';

export interface TillEmployee {
  readonly id: number;
  readonly name: string;
  readonly role: EmployeeRole;
}

/**
 * Checks an employee's PIN at a shop's till. An employee without a PIN logs in with an empty
 * one. Rate limiting is the caller's: this only says yes or no.
 */
export async function checkEmployeePin(
  db: Database,
  shopId: number,
  employeeId: number,
  pin: string,
): Promise<Result<TillEmployee, 'employee_not_allowed' | 'invalid_pin'>> {
  const found = await findShopEmployee(db, shopId, employeeId);
  if (!found) return err('employee_not_allowed');
  const matches = found.pin_hash === null ? pin === '' : await verifySecret(pin, found.pin_hash);
  if (!matches) return err('invalid_pin');
  return ok({ id: found.id, name: found.name, role: found.role });
}
