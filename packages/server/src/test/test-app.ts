import { afterEach, beforeEach } from 'vitest';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp, type BuildAppOptions } from '../app.ts';
import { hashSecret } from '../auth/passwords.ts';
import type { App } from '../context.ts';
import type { DatabaseHandle, DatabaseKind } from '../db/database.ts';
import { shops, users, userShops, type UserRole } from '../db/schema/index.ts';
import { openTestDatabase } from './databases.ts';

/** A logged-in cookie session: send `cookie` always and `csrf` with changes. */
export interface TestSession {
  readonly cookie: string;
  readonly csrf: string;
}

/** The app on a fresh database, with helpers to make users and shops and to call the API. */
export interface TestApp {
  readonly app: App;
  readonly handle: DatabaseHandle;
  /** Inserts a user straight into the database (password hashed cheaply). */
  addUser(input: {
    login: string;
    role: UserRole;
    password?: string;
    shopIds?: number[];
    name?: string;
  }): Promise<number>;
  addShop(name: string): Promise<number>;
  /** Logs in through the API and returns the cookie and CSRF token. */
  login(login: string, password?: string): Promise<TestSession>;
  /** An API call as a logged-in session (cookie, and the CSRF token unless `csrf: false`). */
  call(session: TestSession, options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse>;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Registers a fresh app and database for each test of the surrounding `describe`:
 *   const t = useTestApp(kind);  it('…', async () => { await t.current.app.inject(…) })
 */
export function useTestApp(
  kind: DatabaseKind,
  options: Partial<BuildAppOptions> = {},
): { readonly current: TestApp } {
  let current: TestApp | undefined;
  beforeEach(async () => {
    current = await createTestApp(kind, options);
  });
  afterEach(async () => {
    await current?.app.close();
    await current?.handle.close();
    current = undefined;
  });
  return {
    get current(): TestApp {
      if (!current) throw new Error('useTestApp: only inside a test');
      return current;
    },
  };
}

export async function createTestApp(
  kind: DatabaseKind,
  options: Partial<BuildAppOptions> = {},
): Promise<TestApp> {
  const handle = await openTestDatabase(kind);
  const app = await buildApp({ db: handle.db, databaseKind: kind, ...options });
  const db = handle.db;
  return {
    app,
    handle,
    async addUser({ login, role, password = TEST_PASSWORD, shopIds = [], name = login }) {
      const password_hash = await hashSecret(password, 10);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(users)
          .values({ login, name, role, password_hash })
          .returning({ id: users.id });
        if (shopIds.length > 0)
          await tx.insert(userShops).values(shopIds.map((shop_id) => ({ user_id: row!.id, shop_id })));
        return row!.id;
      });
    },
    async addShop(name) {
      const [row] = await db.transaction((tx) =>
        tx.insert(shops).values({ name }).returning({ id: shops.id }),
      );
      return row!.id;
    },
    async login(login, password = TEST_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
      if (res.statusCode !== 200) throw new Error(`login ${login}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'till_session');
      return { cookie: `till_session=${cookie!.value}`, csrf: res.json<{ csrf_token: string }>().csrf_token };
    },
    call(session, { csrf = true, headers, ...rest }) {
      return app.inject({
        ...rest,
        headers: { ...headers, cookie: session.cookie, ...(csrf ? { 'x-csrf-token': session.csrf } : {}) },
      });
    },
  };
}
