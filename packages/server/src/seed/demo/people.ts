import { randomBytes, randomInt } from 'node:crypto';
import type { Transaction } from '../../db/database.ts';
import {
  customers,
  employees,
  employeeShops,
  users,
  userShops,
  type EmployeeRole,
  type UserRole,
} from '../../db/schema/index.ts';
import { hashSecret } from '../../auth/passwords.ts';
import { ean13 } from '../barcodes.ts';
import { CITIES, FIRST_NAMES, LAST_NAMES, STREETS } from './people-data.ts';

/** A readable random password (12 characters, ~72 bits). */
export const generatePassword = () => randomBytes(9).toString('base64url');
/** A random 4-digit PIN. */
export const generatePin = () => String(randomInt(0, 10_000)).padStart(4, '0');

export interface DemoLogin {
  readonly login: string;
  readonly role: UserRole;
  readonly password: string;
  /** The password came from the environment: do not print it. */
  readonly fromEnv: boolean;
}

export interface DemoUserSpec {
  readonly login: string;
  readonly name: string;
  readonly role: UserRole;
  readonly password: string;
  readonly shopIds: readonly number[];
}

/** Back-office users, passwords hashed here. */
export async function insertUsers(
  tx: Transaction,
  specs: readonly (DemoUserSpec & { hash: string })[],
): Promise<void> {
  for (const spec of specs) {
    const [row] = await tx
      .insert(users)
      .values({ login: spec.login, name: spec.name, role: spec.role, password_hash: spec.hash })
      .returning({ id: users.id });
    if (spec.shopIds.length > 0)
      await tx.insert(userShops).values(spec.shopIds.map((shop_id) => ({ user_id: row!.id, shop_id })));
  }
}

export interface DemoEmployee {
  readonly name: string;
  readonly role: EmployeeRole;
  readonly pin: string;
  readonly shops: readonly string[];
  readonly badge: string;
}

/** Employees with PINs (hashed) and cashier badges (041…). */
export async function insertEmployees(
  tx: Transaction,
  list: readonly (DemoEmployee & { hash: string; shopIds: readonly number[] })[],
) {
  for (const e of list) {
    const [row] = await tx
      .insert(employees)
      .values({ name: e.name, role: e.role, pin_hash: e.hash, badge_barcode: e.badge })
      .returning({ id: employees.id });
    await tx.insert(employeeShops).values(e.shopIds.map((shop_id) => ({ employee_id: row!.id, shop_id })));
  }
}

export function demoEmployees(): DemoEmployee[] {
  const specs: [string, EmployeeRole, string[]][] = [
    ['Claire Martin', 'manager', ['Boutique', 'Restaurant']],
    ['Lucas Bernard', 'cashier', ['Boutique']],
    ['Emma Petit', 'cashier', ['Restaurant']],
    ['Hugo Moreau', 'cashier', ['Boutique', 'Restaurant']],
  ];
  return specs.map(([name, role, shops], i) => ({
    name,
    role,
    shops,
    pin: generatePin(),
    badge: ean13(`04100000000${i + 1}`),
  }));
}

/** 30 customers with addresses, customer cards (042…), some on the Members pricelist. */
export async function insertCustomers(
  tx: Transaction,
  membersPricelistId: number,
  takeAwayId: number,
): Promise<number> {
  const rows = Array.from({ length: 30 }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length]!;
    const last = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
    const [zip, city] = CITIES[i % CITIES.length]!;
    return {
      name: `${first} ${last}`,
      email:
        `${first}.${last}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z.]/g, '') + `${i}@example.com`,
      phone: `+33 6 ${String(10_000_000 + i * 7_919).replace(/(\d{2})(?=\d)/g, '$1 ')}`,
      street: `${i + 1} ${STREETS[i % STREETS.length]}`,
      zip,
      city,
      country_code: 'FR',
      tax_id: i % 10 === 0 ? `FR${String(40_000_000_000 + i).padStart(11, '0')}` : null,
      barcode: ean13(`0420000${String(i + 1).padStart(5, '0')}`),
      pricelist_id: i % 3 === 0 ? membersPricelistId : null,
      fiscal_position_id: i === 29 ? takeAwayId : null,
    };
  });
  await tx.insert(customers).values(rows);
  return rows.length;
}

/** Hashes every secret before the transaction (scrypt is slow on purpose). */
export async function withHashes<T extends { password?: string; pin?: string }>(
  items: readonly T[],
): Promise<(T & { hash: string })[]> {
  return Promise.all(
    items.map(async (item) => ({ ...item, hash: await hashSecret(item.password ?? item.pin ?? '') })),
  );
}
