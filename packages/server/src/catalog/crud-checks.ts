import { expect } from 'vitest';
import type { TestApp, TestSession } from '../test/test-app.ts';

/** An admin, a manager and a cashier of one shop, logged in. */
export async function catalogUsers(app: TestApp) {
  const shopId = await app.addShop('Boutique');
  await app.addUser({ login: 'admin', role: 'admin' });
  await app.addUser({ login: 'manager', role: 'manager', shopIds: [shopId] });
  await app.addUser({ login: 'cashier', role: 'cashier', shopIds: [shopId] });
  return {
    shopId,
    admin: await app.login('admin'),
    manager: await app.login('manager'),
    cashier: await app.login('cashier'),
  };
}

type Json = Record<string, unknown>;

/** A JSON call that must answer `status`; answers the body. */
export async function expectCall(
  app: TestApp,
  session: TestSession,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  status: number,
  payload?: unknown,
): Promise<Json> {
  const res = await app.call(session, {
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return res.body ? (res.json() as Json) : {};
}

/**
 * The life of a catalog record type through its five routes, as an admin: three created (201,
 * echoed), one read, listed in pages with the total, searched, changed, archived (out of the
 * default list, in `archived=only`), deleted (then 404). `bodies` must have distinct names and
 * `q` must find only the first.
 */
export async function expectCrudLifecycle(
  app: TestApp,
  admin: TestSession,
  spec: { path: string; bodies: [Json, Json, Json]; q: string; change: Json },
): Promise<void> {
  const made: Json[] = [];
  for (const body of spec.bodies) {
    const created = await expectCall(app, admin, 'POST', spec.path, 201, body);
    expect(created).toMatchObject(body);
    made.push(created);
  }
  const [a, b, c] = made as [Json, Json, Json];
  expect(await expectCall(app, admin, 'GET', `${spec.path}/${a.id}`, 200)).toEqual(a);

  const first = await expectCall(app, admin, 'GET', `${spec.path}?limit=2`, 200);
  expect(first).toMatchObject({ total: 3, limit: 2, offset: 0 });
  const second = await expectCall(app, admin, 'GET', `${spec.path}?limit=2&offset=2`, 200);
  const ids = [...(first.items as Json[]), ...(second.items as Json[])].map((i) => i.id).sort();
  expect(ids).toEqual([a.id, b.id, c.id].sort());

  const found = await expectCall(app, admin, 'GET', `${spec.path}?q=${encodeURIComponent(spec.q)}`, 200);
  expect((found.items as Json[]).map((i) => i.id)).toEqual([a.id]);

  const changed = await expectCall(app, admin, 'PATCH', `${spec.path}/${a.id}`, 200, spec.change);
  expect(changed).toMatchObject(spec.change);
  expect(new Date(changed.updated_at as string).getTime()).toBeGreaterThanOrEqual(
    new Date(a.updated_at as string).getTime(),
  );

  await expectCall(app, admin, 'PATCH', `${spec.path}/${b.id}`, 200, { active: false });
  const active = await expectCall(app, admin, 'GET', spec.path, 200);
  expect((active.items as Json[]).map((i) => i.id)).not.toContain(b.id);
  expect(active.total).toBe(2);
  const archived = await expectCall(app, admin, 'GET', `${spec.path}?archived=only`, 200);
  expect((archived.items as Json[]).map((i) => i.id)).toEqual([b.id]);
  expect((await expectCall(app, admin, 'GET', `${spec.path}?archived=include`, 200)).total).toBe(3);

  await expectCall(app, admin, 'DELETE', `${spec.path}/${c.id}`, 204);
  await expectCall(app, admin, 'GET', `${spec.path}/${c.id}`, 404);
  await expectCall(app, admin, 'DELETE', `${spec.path}/${c.id}`, 404);
}

/** Everyone logged in reads; managers and cashiers change nothing; no login: 401. */
export async function expectAdminOnlyWrites(
  app: TestApp,
  users: { manager: TestSession; cashier: TestSession },
  spec: { path: string; id: number; body: Json },
): Promise<void> {
  for (const who of [users.manager, users.cashier]) {
    await expectCall(app, who, 'GET', spec.path, 200);
    await expectCall(app, who, 'GET', `${spec.path}/${spec.id}`, 200);
    await expectCall(app, who, 'POST', spec.path, 403, spec.body);
    await expectCall(app, who, 'PATCH', `${spec.path}/${spec.id}`, 403, { name: 'Renamed' });
    await expectCall(app, who, 'DELETE', `${spec.path}/${spec.id}`, 403);
  }
  expect((await app.app.inject({ method: 'GET', url: spec.path })).statusCode).toBe(401);
  expect((await app.app.inject({ method: 'GET', url: `${spec.path}/${spec.id}` })).statusCode).toBe(401);
}
