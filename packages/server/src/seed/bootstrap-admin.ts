import { count } from 'drizzle-orm';
import { hashSecret } from '../auth/passwords.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema/index.ts';
import { generatePassword, type DemoLogin } from './demo/people.ts';

/** True when nobody can log in yet: a new database. */
export async function hasNoUsers(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return row!.n === 0;
}

/**
 * The first admin of a database without users, so a fresh install can always be logged into.
 * The password comes from TILL_ADMIN_PASSWORD or is generated (print it once: only its hash is kept).
 */
export async function createFirstAdmin(db: Database, password: string | undefined): Promise<DemoLogin> {
  const login: DemoLogin = {
    login: 'admin',
    role: 'admin',
    password: password || generatePassword(),
    fromEnv: Boolean(password),
  };
  const password_hash = await hashSecret(login.password);
  await db.transaction((tx) =>
    tx.insert(users).values({ login: login.login, name: 'Administrator', role: 'admin', password_hash }),
  );
  return login;
}
