import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { shops } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody } from '../test/selling-shop.ts';
import { useTestApp } from '../test/test-app.ts';

const NOW = new Date('2026-11-22T12:00:00.000Z');

describe.each(testDatabases())('dashboard on %s', (kind) => {
  const t = useTestApp(kind, { now: () => NOW });

  it('a card per shop of mine: running session, sellers, today’s sales; other shops hidden', async () => {
    const shop = await sellingShop(t.current);
    const other = await t.current.addShop('Other Shop');
    const sessionId = await openShopSession(t.current, shop);
    await t.current.call(shop.cashier, { method: 'POST', url: `/api/sessions/${sessionId}/join` });
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [
        mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 2),
        mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 1, {
          employee_id: shop.managerEmployee,
          method: 'card',
        }),
        // Sold yesterday (offline till): in the session, not in today's figures.
        mugOrder(shop, sessionId, { login: 1, sequence: 3 }, 5, { sold_at: '2026-11-21T10:00:00.000Z' }),
      ]),
    });
    expect(sync.statusCode).toBe(200);

    const res = await t.current.call(shop.manager, { method: 'GET', url: '/api/dashboard' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.shops).toHaveLength(1);
    expect(body.shops[0]).toMatchObject({
      id: shop.shopId,
      name: 'Corner Shop',
      currency: 'EUR',
      session: {
        id: sessionId,
        state: 'opened',
        opened_by_name: 'manager',
        sellers: ['cashier', 'Ella', 'manager', 'Marc'],
        orders_count: 3,
        total: '96.00',
      },
      open_rescue_sessions: 0,
      today: { orders: 2, total: '36.00', currency: 'EUR' },
    });

    const admin = await t.current.addUser({ login: 'boss', role: 'admin' });
    expect(admin).toBeGreaterThan(0);
    const all = await t.current.call(await t.current.login('boss'), { method: 'GET', url: '/api/dashboard' });
    expect(
      all
        .json()
        .shops.map((s: { id: number }) => s.id)
        .sort(),
    ).toEqual([shop.shopId, other].sort());
    expect(all.json().shops.find((s: { id: number }) => s.id === other)).toMatchObject({
      session: null,
      today: { orders: 0, total: '0.00' },
    });
  });

  it('today is the shop’s day in its time zone; a closed session leaves no running session', async () => {
    const shop = await sellingShop(t.current);
    // Noon UTC is already the 23rd in Auckland: the sale at 10:00 UTC was "yesterday" there.
    await t.current.handle.db
      .update(shops)
      .set({ time_zone: 'Pacific/Auckland' })
      .where(eq(shops.id, shop.shopId));
    const sessionId = await openShopSession(t.current, shop);
    await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1)]),
    });
    const before = await t.current.call(shop.manager, { method: 'GET', url: '/api/dashboard' });
    expect(before.json().shops[0].today).toEqual({ orders: 0, total: '0.00', currency: 'EUR' });
    const close = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: { [shop.cash]: '112.00' } },
    });
    expect(close.statusCode).toBe(200);
    const after = await t.current.call(shop.manager, { method: 'GET', url: '/api/dashboard' });
    expect(after.json().shops[0].session).toBeNull();
  });

  it('counts rescue sessions waiting to be closed; answers 401 without a login', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: { [shop.cash]: '100.00' } },
    });
    // A till that kept selling offline sends a sale for the closed session: a rescue session.
    await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1)]),
    });
    const res = await t.current.call(shop.cashier, { method: 'GET', url: '/api/dashboard' });
    expect(res.json().shops[0]).toMatchObject({
      session: null,
      open_rescue_sessions: 1,
      today: { orders: 1 },
    });
    expect((await t.current.app.inject({ method: 'GET', url: '/api/dashboard' })).statusCode).toBe(401);
  });
});
