import type { Static } from '@sinclair/typebox';
import { eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import { hashSecret } from '../auth/passwords.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { listUsers, setUserShops } from './queries.ts';
import type { NewUserBody, UserChangesBody } from './schemas.ts';

export type UserRefusal = 'login_taken' | 'not_found' | 'conflict';
type User = Awaited<ReturnType<typeof listUsers>>[number];

/** Creates a back-office user with a hashed password and their shops. */
export async function createUser(
  db: Database,
  input: Static<typeof NewUserBody>,
): Promise<Result<User, UserRefusal>> {
  const password_hash = await hashSecret(input.password); // slow on purpose: before the transaction
  try {
    const id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(users)
        .values({ login: input.login, name: input.name, role: input.role, password_hash })
        .returning({ id: users.id });
      await setUserShops(tx, row!.id, input.shop_ids ?? []);
      return row!.id;
    });
    return ok((await listUsers(db, [id]))[0]!);
  } catch (error) {
    return refusalOf(error);
  }
}

/** Changes a user's name, password, role, active flag or shops. */
export async function updateUser(
  db: Database,
  id: number,
  changes: Static<typeof UserChangesBody>,
): Promise<Result<User, UserRefusal>> {
  const { password, shop_ids, ...fields } = changes;
  const password_hash = password === undefined ? undefined : await hashSecret(password);
  try {
    const found = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(users)
        .set({ ...fields, ...(password_hash ? { password_hash } : {}), updated_at: sql`now()` })
        .where(eq(users.id, id))
        .returning({ id: users.id });
      if (!row) return false;
      if (shop_ids) await setUserShops(tx, id, shop_ids);
      return true;
    });
    if (!found) return err('not_found');
    return ok((await listUsers(db, [id]))[0]!);
  } catch (error) {
    return refusalOf(error);
  }
}

function refusalOf(error: unknown): Result<never, UserRefusal> {
  const state = sqlStateOf(error);
  if (state === SQL_STATE.uniqueViolation) return err('login_taken');
  if (state === SQL_STATE.foreignKeyViolation) return err('conflict'); // an unknown shop id
  throw error;
}
