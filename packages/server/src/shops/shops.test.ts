import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { shops } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { useTestApp, type TestApp } from '../test/test-app.ts';

/** Shop A and B; an admin, a manager of A, a cashier of A; all logged in. */
async function twoShops(app: TestApp) {
  const shopA = await app.addShop('Shop A');
  const shopB = await app.addShop('Shop B');
  await app.addUser({ login: 'admin', role: 'admin' });
  await app.addUser({ login: 'manager', role: 'manager', shopIds: [shopA] });
  await app.addUser({ login: 'cashier', role: 'cashier', shopIds: [shopA] });
  return {
    shopA,
    shopB,
    admin: await app.login('admin'),
    manager: await app.login('manager'),
    cashier: await app.login('cashier'),
  };
}

describe.each(testDatabases())('shops and rights on %s', (kind) => {
  const t = useTestApp(kind);

  it('admin sees and changes every shop', async () => {
    const { shopB, admin } = await twoShops(t.current);
    const list = await t.current.call(admin, { method: 'GET', url: '/api/shops' });
    expect(list.json<{ name: string }[]>().map((s) => s.name)).toEqual(['Shop A', 'Shop B']);
    const changed = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/shops/${shopB}`,
      payload: {
        receipt_header: 'Welcome',
        cash_rounding: true,
        cash_rounding_precision: '0.05',
        denominations: ['0.05', '20'],
        time_zone: 'Pacific/Auckland',
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      time_zone: 'Pacific/Auckland',
      receipt_header: 'Welcome',
      cash_rounding_precision: '0.0500',
      denominations: ['0.05', '20'],
    });
  });

  it('a change touches updated_at, even when only the allowed lists change', async () => {
    const { shopA, admin } = await twoShops(t.current);
    const before = (await t.current.handle.db.select().from(shops).where(eq(shops.id, shopA)))[0]!.updated_at;
    await new Promise((r) => setTimeout(r, 5));
    const res = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/shops/${shopA}`,
      payload: { fiscal_position_ids: [] },
    });
    expect(res.statusCode).toBe(200);
    const after = (await t.current.handle.db.select().from(shops).where(eq(shops.id, shopA)))[0]!.updated_at;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
  });

  it('manager and cashier see only their shops', async () => {
    const { shopA, shopB, manager, cashier } = await twoShops(t.current);
    for (const session of [manager, cashier]) {
      const list = await t.current.call(session, { method: 'GET', url: '/api/shops' });
      expect(list.json<{ id: number }[]>().map((s) => s.id)).toEqual([shopA]);
      expect((await t.current.call(session, { method: 'GET', url: `/api/shops/${shopA}` })).statusCode).toBe(
        200,
      );
    }
    expect(shopB).toBeGreaterThan(shopA);
  });

  it('a cashier of shop A is refused 403 on shop B', async () => {
    const { shopB, cashier } = await twoShops(t.current);
    const res = await t.current.call(cashier, { method: 'GET', url: `/api/shops/${shopB}` });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ error: 'shop_forbidden' });
  });

  it('only admins change configuration: manager and cashier get 403', async () => {
    const { shopA, manager, cashier } = await twoShops(t.current);
    for (const session of [manager, cashier]) {
      const patch = await t.current.call(session, {
        method: 'PATCH',
        url: `/api/shops/${shopA}`,
        payload: { name: 'Mine now' },
      });
      expect(patch.statusCode).toBe(403);
      expect(patch.json()).toMatchObject({ error: 'forbidden' });
      expect(
        (await t.current.call(session, { method: 'POST', url: '/api/shops', payload: { name: 'New' } }))
          .statusCode,
      ).toBe(403);
      expect((await t.current.call(session, { method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    }
  });

  it('an unknown shop is 404 for an admin, 403 for others', async () => {
    const { admin, manager } = await twoShops(t.current);
    expect((await t.current.call(admin, { method: 'GET', url: '/api/shops/999' })).statusCode).toBe(404);
    expect((await t.current.call(manager, { method: 'GET', url: '/api/shops/999' })).statusCode).toBe(403);
  });

  it('no login: 401', async () => {
    const { shopA } = await twoShops(t.current);
    expect((await t.current.app.inject({ method: 'GET', url: `/api/shops/${shopA}` })).statusCode).toBe(401);
  });

  it('a bad body is 400 naming the field', async () => {
    const { shopA, admin } = await twoShops(t.current);
    const cases = [
      [
        { max_closing_difference: 12.5 },
        'max_closing_difference',
        'body/max_closing_difference must be a decimal string such as "12.50" (at most 4 decimals)',
      ],
      [{ max_closing_difference: '1e5' }, 'max_closing_difference', undefined],
      [{ stock_update: 'sometimes' }, 'stock_update', 'body/stock_update must be one of: real, closing'],
      [
        { currency_code: 'euro' },
        'currency_code',
        'body/currency_code must be an ISO 4217 code such as "EUR"',
      ],
      [{ colour: 'red' }, 'colour', 'body/colour is not a known field'],
      [{ denominations: ['1', 'two'] }, 'denominations.1', undefined],
      [
        { time_zone: 'Mars/Olympus' },
        'time_zone',
        'body/time_zone must be a time zone name such as "Europe/Paris"',
      ],
    ] as const;
    for (const [payload, field, message] of cases) {
      const res = await t.current.call(admin, { method: 'PATCH', url: `/api/shops/${shopA}`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json()).toMatchObject({ error: 'invalid_body', field, ...(message ? { message } : {}) });
    }
    const missing = await t.current.call(admin, { method: 'POST', url: '/api/shops', payload: {} });
    expect(missing.json()).toEqual({
      error: 'invalid_body',
      field: 'name',
      message: 'body/name is required',
    });
    const badId = await t.current.call(admin, { method: 'GET', url: '/api/shops/abc' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json()).toMatchObject({ error: 'invalid_params', field: 'id' });
  });

  it('an unknown pricelist id is 409 conflict, and nothing is half-written', async () => {
    const { shopA, admin } = await twoShops(t.current);
    const res = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/shops/${shopA}`,
      payload: { name: 'Renamed', pricelist_ids: [4242] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'conflict' });
    const shop = await t.current.call(admin, { method: 'GET', url: `/api/shops/${shopA}` });
    expect(shop.json()).toMatchObject({ name: 'Shop A', pricelist_ids: [] });
  });
});
