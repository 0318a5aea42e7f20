import { count } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { shops, users } from '../../db/schema/index.ts';
import { seedDemoCatalog } from './catalog.ts';
import {
  demoEmployees,
  generatePassword,
  insertCustomers,
  insertEmployees,
  insertUsers,
  withHashes,
  type DemoLogin,
} from './people.ts';
import { seedDemoPricelists } from './pricelists.ts';
import { seedDemoShops } from './shops.ts';
import { seedDemoFiscalPosition, seedDemoTaxes } from './taxes.ts';

export interface DemoOptions {
  /** TILL_ADMIN_PASSWORD; generated when absent. */
  readonly adminPassword?: string | undefined;
  /** TILL_DEMO_PASSWORD, for the demo manager and cashier; generated when absent. */
  readonly demoPassword?: string | undefined;
}

/** What to tell the person who seeded: who logs in with what. Shown once: only hashes are kept. */
export interface DemoReport {
  readonly logins: readonly DemoLogin[];
  readonly employees: readonly { name: string; role: string; pin: string; shops: readonly string[] }[];
  readonly shops: readonly string[];
  readonly products: number;
  readonly customers: number;
}

export type DemoRefusal = { readonly kind: 'not_empty'; readonly message: string };

/**
 * The demo: shops "Boutique" and "Restaurant", ~150 products, taxes, pricelists, the Take-away
 * fiscal position, payment methods, 30 customers, 4 employees with PINs, a floor plan, and the
 * users admin, manager and cashier. Into a database without shops only; an existing admin
 * user (made by `till start --no-seed`) is kept.
 */
export async function seedDemo(db: Database, options: DemoOptions = {}): Promise<DemoReport | DemoRefusal> {
  const [shopCount] = await db.select({ n: count() }).from(shops);
  if (shopCount!.n > 0)
    return {
      kind: 'not_empty',
      message: 'the database already has shops: the demo goes into an empty database',
    };
  const [userCount] = await db.select({ n: count() }).from(users);
  const logins: DemoLogin[] = [];
  const add = (login: string, role: DemoLogin['role'], given: string | undefined) =>
    logins.push({ login, role, password: given || generatePassword(), fromEnv: Boolean(given) });
  if (userCount!.n === 0) add('admin', 'admin', options.adminPassword);
  add('manager', 'manager', options.demoPassword);
  add('cashier', 'cashier', options.demoPassword);
  const employees = demoEmployees();
  const [hashedLogins, hashedEmployees] = await Promise.all([withHashes(logins), withHashes(employees)]);

  return db.transaction(async (tx) => {
    const taxIds = await seedDemoTaxes(tx);
    const takeAwayId = await seedDemoFiscalPosition(tx, taxIds);
    const catalog = await seedDemoCatalog(tx, taxIds);
    const pricing = await seedDemoPricelists(tx, catalog);
    const { boutiqueId, restaurantId } = await seedDemoShops(tx, pricing, takeAwayId);
    const shopIds: Record<string, number> = { Boutique: boutiqueId, Restaurant: restaurantId };
    await insertUsers(
      tx,
      hashedLogins.map((l) => ({
        ...l,
        name: { admin: 'Administrator', manager: 'Manon Manager', cashier: 'Camille Cashier' }[l.role],
        shopIds: l.role === 'manager' ? [boutiqueId, restaurantId] : l.role === 'cashier' ? [boutiqueId] : [],
      })),
    );
    await insertEmployees(
      tx,
      hashedEmployees.map((e) => ({ ...e, shopIds: e.shops.map((s) => shopIds[s]!) })),
    );
    const customerCount = await insertCustomers(tx, pricing.membersId, takeAwayId);
    return {
      logins,
      employees: employees.map(({ name, role, pin, shops }) => ({ name, role, pin, shops })),
      shops: Object.keys(shopIds),
      products: catalog.productCount,
      customers: customerCount,
    };
  });
}
