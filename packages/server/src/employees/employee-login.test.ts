import { describe, expect, it } from 'vitest';
import { hashSecret } from '../auth/passwords.ts';
import { employees, employeeShops } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { useTestApp, type TestApp } from '../test/test-app.ts';

let clock = Date.parse('2025-06-01T09:00:00Z');

async function addEmployee(app: TestApp, shopId: number, name: string, pin: string | null): Promise<number> {
  const pin_hash = pin === null ? null : await hashSecret(pin, 10);
  return app.handle.db.transaction(async (tx) => {
    const [row] = await tx.insert(employees).values({ name, pin_hash }).returning({ id: employees.id });
    await tx.insert(employeeShops).values({ employee_id: row!.id, shop_id: shopId });
    return row!.id;
  });
}

/** A shop with a cashier user logged in at its till, and employees. */
async function till(app: TestApp) {
  const shop = await app.addShop('Boutique');
  const other = await app.addShop('Elsewhere');
  await app.addUser({ login: 'till', role: 'cashier', shopIds: [shop, other] });
  const session = await app.login('till');
  const pinLogin = (shopId: number, employee_id: number, pin: string, remoteAddress = '10.0.0.1') =>
    app.call(session, {
      method: 'POST',
      url: `/api/shops/${shopId}/employee-login`,
      payload: { employee_id, pin },
      remoteAddress,
    });
  return { shop, other, pinLogin };
}

describe.each(testDatabases())('employee PIN login on %s', (kind) => {
  const t = useTestApp(kind, { now: () => new Date(clock) });

  it('the right PIN logs the employee in', async () => {
    const { shop, pinLogin } = await till(t.current);
    const alice = await addEmployee(t.current, shop, 'Alice', '1234');
    const res = await pinLogin(shop, alice, '1234');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, employee: { id: alice, name: 'Alice', role: 'cashier' } });
  });

  it('a wrong PIN is 401; an employee of another shop is 403; no PIN means an empty one', async () => {
    const { shop, other, pinLogin } = await till(t.current);
    const alice = await addEmployee(t.current, shop, 'Alice', '1234');
    const bob = await addEmployee(t.current, other, 'Bob', null);
    expect((await pinLogin(shop, alice, '4321')).json()).toMatchObject({ error: 'invalid_pin' });
    expect((await pinLogin(shop, bob, '')).json()).toMatchObject({ error: 'employee_not_allowed' });
    expect((await pinLogin(other, bob, '')).statusCode).toBe(200);
    expect((await pinLogin(other, bob, '0000')).statusCode).toBe(401);
  });

  it('the 6th wrong PIN in a row is 429 with Retry-After, even with the right PIN, until 60 s pass', async () => {
    const { shop, pinLogin } = await till(t.current);
    const alice = await addEmployee(t.current, shop, 'Alice', '1234');
    for (let i = 0; i < 5; i++) expect((await pinLogin(shop, alice, `000${i}`)).statusCode).toBe(401);
    const sixth = await pinLogin(shop, alice, '0005');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBe('60');
    expect(sixth.json()).toMatchObject({ error: 'too_many_attempts', retry_after_seconds: 60 });
    expect((await pinLogin(shop, alice, '1234', '10.0.0.2')).statusCode).toBe(429); // per employee, any address
    clock += 61_000;
    expect((await pinLogin(shop, alice, '1234')).statusCode).toBe(200);
  });

  it('20 wrong PINs from one address lock that address for every employee', async () => {
    const { shop, pinLogin } = await till(t.current);
    const ids: number[] = [];
    for (const name of ['A', 'B', 'C', 'D', 'E']) ids.push(await addEmployee(t.current, shop, name, '1234'));
    for (let i = 0; i < 20; i++) expect((await pinLogin(shop, ids[i % 5]!, '9999')).statusCode).toBe(401);
    expect((await pinLogin(shop, ids[0]!, '1234')).statusCode).toBe(429);
    expect((await pinLogin(shop, ids[0]!, '1234', '10.0.0.9')).statusCode).toBe(200); // another till is not locked
  });
});
