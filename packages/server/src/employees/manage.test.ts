import { describe, expect, it } from 'vitest';
import type { TillDataRecord } from '@till/core';
import { testDatabases } from '../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody } from '../test/selling-shop.ts';
import { useTestApp, type TestApp } from '../test/test-app.ts';

interface Emp {
  id: number;
  name: string;
  role: string;
  shop_ids: number[];
  badge_barcode: string | null;
  active: boolean;
  has_pin: boolean;
}

async function people(t: TestApp) {
  const shopA = await t.addShop('A');
  const shopB = await t.addShop('B');
  await t.addUser({ login: 'admin', role: 'admin' });
  await t.addUser({ login: 'manager', role: 'manager', shopIds: [shopA] });
  await t.addUser({ login: 'cashier', role: 'cashier', shopIds: [shopA] });
  return {
    shopA,
    shopB,
    admin: await t.login('admin'),
    manager: await t.login('manager'),
    cashier: await t.login('cashier'),
  };
}

describe.each(testDatabases())('managing employees on %s', (kind) => {
  const t = useTestApp(kind);

  it('create with a PIN (never answered), change, remove the PIN, archive, delete', async () => {
    const { admin, shopA, shopB } = await people(t.current);
    const res = await t.current.call(admin, {
      method: 'POST',
      url: '/api/employees',
      payload: {
        name: 'Ella',
        role: 'manager',
        shop_ids: [shopB, shopA],
        badge_barcode: 'EMP-1',
        pin: '1234',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain('1234');
    expect(res.body).not.toContain('pin_hash');
    const ella = res.json<Emp>();
    expect(ella).toMatchObject({
      name: 'Ella',
      role: 'manager',
      shop_ids: [shopA, shopB],
      badge_barcode: 'EMP-1',
      active: true,
      has_pin: true,
    });
    const url = `/api/employees/${ella.id}`;
    const noPin = await t.current.call(admin, {
      method: 'PATCH',
      url,
      payload: { pin: null, shop_ids: [shopB] },
    });
    expect(noPin.json()).toMatchObject({ has_pin: false, shop_ids: [shopB], role: 'manager' });
    await t.current.call(admin, { method: 'PATCH', url, payload: { active: false } });
    const list = (q: string) => t.current.call(admin, { method: 'GET', url: `/api/employees?${q}` });
    expect((await list('')).json<{ total: number }>().total).toBe(0);
    expect((await list('archived=only&q=emp-1')).json<{ items: Emp[] }>().items.map((e) => e.id)).toEqual([
      ella.id,
    ]);
    expect((await t.current.call(admin, { method: 'DELETE', url })).statusCode).toBe(204);
    expect((await t.current.call(admin, { method: 'GET', url })).statusCode).toBe(404);
  });

  it('bad bodies name the field; a badge clash is 409 naming the badge; an unknown shop is 409', async () => {
    const { admin } = await people(t.current);
    const post = (payload: object) =>
      t.current.call(admin, { method: 'POST', url: '/api/employees', payload });
    for (const pin of ['123', '123456789', '12a4', 1234])
      expect((await post({ name: 'X', pin })).json()).toMatchObject({ error: 'invalid_body', field: 'pin' });
    expect((await post({ name: 'X', role: 'boss' })).json()).toMatchObject({ field: 'role' });
    expect((await post({ name: '' })).json()).toMatchObject({ field: 'name' });
    expect((await post({ name: 'X', pin_hash: 'x' })).json()).toMatchObject({ field: 'pin_hash' });
    expect((await post({ name: 'X', shop_ids: [999] })).json()).toMatchObject({
      error: 'conflict',
      field: 'shop_ids',
    });
    expect((await post({ name: 'A', badge_barcode: 'B-9' })).statusCode).toBe(201);
    const clash = await post({ name: 'B', badge_barcode: 'B-9' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ field: 'badge_barcode' });
    expect(clash.json<{ message: string }>().message).toContain('B-9');
  });

  it('rights: 401 without login; managers read the employees of their shops only; only admins write', async () => {
    const { admin, manager, cashier, shopA, shopB } = await people(t.current);
    const post = (payload: object) =>
      t.current.call(admin, { method: 'POST', url: '/api/employees', payload });
    const inA = (await post({ name: 'In A', shop_ids: [shopA] })).json<Emp>().id;
    const inB = (await post({ name: 'In B', shop_ids: [shopB] })).json<Emp>().id;
    expect((await t.current.app.inject({ method: 'GET', url: '/api/employees' })).statusCode).toBe(401);
    const seen = await t.current.call(manager, { method: 'GET', url: '/api/employees' });
    expect(seen.json<{ items: Emp[]; total: number }>()).toMatchObject({ total: 1, items: [{ id: inA }] });
    expect((await t.current.call(manager, { method: 'GET', url: `/api/employees/${inA}` })).statusCode).toBe(
      200,
    );
    expect((await t.current.call(manager, { method: 'GET', url: `/api/employees/${inB}` })).statusCode).toBe(
      404,
    );
    expect((await t.current.call(cashier, { method: 'GET', url: '/api/employees' })).statusCode).toBe(403);
    for (const [method, url] of [
      ['POST', '/api/employees'],
      ['PATCH', `/api/employees/${inA}`],
      ['DELETE', `/api/employees/${inA}`],
    ] as const) {
      const res = await t.current.call(manager, { method, url, payload: { name: 'x' } });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ error: 'forbidden' });
    }
  });

  it('a changed PIN works at once for the PIN login; removing the PIN means an empty one', async () => {
    const { admin, cashier, shopA } = await people(t.current);
    const id = (
      await t.current.call(admin, {
        method: 'POST',
        url: '/api/employees',
        payload: { name: 'Pat', shop_ids: [shopA], pin: '1111' },
      })
    ).json<Emp>().id;
    const login = (pin: string) =>
      t.current.call(cashier, {
        method: 'POST',
        url: `/api/shops/${shopA}/employee-login`,
        payload: { employee_id: id, pin },
      });
    expect((await login('1111')).statusCode).toBe(200);
    await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/employees/${id}`,
      payload: { pin: '98765432' },
    });
    expect((await login('1111')).statusCode).toBe(401);
    expect((await login('98765432')).statusCode).toBe(200);
    await t.current.call(admin, { method: 'PATCH', url: `/api/employees/${id}`, payload: { pin: null } });
    expect((await login('')).statusCode).toBe(200);
  });

  it('tills get employee changes with load?since; an employee named on an order is in_use', async () => {
    const shop = await sellingShop(t.current);
    await t.current.addUser({ login: 'admin', role: 'admin' });
    const admin = await t.current.login('admin');
    const load = async (since?: string) =>
      (
        await t.current.call(shop.cashier, {
          method: 'GET',
          url: `/api/shops/${shop.shopId}/load${since ? `?since=${encodeURIComponent(since)}` : ''}`,
        })
      ).body
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as TillDataRecord);
    const first = await load();
    const version = first[0]!.type === 'meta' ? first[0]!.version : '';
    await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/employees/${shop.cashierEmployee}`,
      payload: { name: 'Ella B.', badge_barcode: 'BADGE-E' },
    });
    await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/employees/${shop.managerEmployee}`,
      payload: { shop_ids: [] },
    });
    const later = await load(version);
    const emps = later.find((r) => r.type === 'employees');
    expect(emps?.type === 'employees' && emps.items.map((e) => [e.id, e.name, e.badge])).toEqual([
      [shop.cashierEmployee, 'Ella B.', 'BADGE-E'],
    ]);

    const session = await openShopSession(t.current, shop);
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [mugOrder(shop, session, { login: 1, sequence: 1 }, 1)]),
    });
    expect(sync.statusCode).toBe(200);
    const del = await t.current.call(admin, {
      method: 'DELETE',
      url: `/api/employees/${shop.cashierEmployee}`,
    });
    expect(del.statusCode).toBe(409);
    expect(del.json()).toMatchObject({ error: 'in_use' });
  });
});
