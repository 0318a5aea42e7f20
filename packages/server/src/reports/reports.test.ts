import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { categories, products, shops } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { sellingShop, type SellingShop } from '../test/selling-shop.ts';
import { soldDay } from '../test/sold-day.ts';
import { useTestApp, type TestApp, type TestSession } from '../test/test-app.ts';

interface Figures {
  orders: number;
  quantity: string | null;
  total_excluded: string | null;
  total_included: string | null;
}
interface Report {
  group_by: string;
  currency: string | null;
  rows: (Figures & { key: string; label: string; currency: string })[];
  totals: Figures;
  totals_by_currency: (Figures & { currency: string })[];
}

async function sales(t: TestApp, who: TestSession, query: string): Promise<Report> {
  const res = await t.call(who, { method: 'GET', url: `/api/reports/sales?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Report>();
}

const rowsOf = (r: Report) =>
  r.rows.map(({ key, label, orders, quantity, total_excluded, total_included }) => ({
    key,
    label,
    orders,
    quantity,
    total_excluded,
    total_included,
  }));

/** The known day (see test/sold-day.ts) in a shop in Paris, its mug in Kitchen › Mugs. */
async function parisDay(t: TestApp, shop: SellingShop) {
  const db = t.handle.db;
  await db.update(shops).set({ time_zone: 'Europe/Paris' }).where(eq(shops.id, shop.shopId));
  const [kitchen] = await db.insert(categories).values({ name: 'Kitchen' }).returning();
  const [mugs] = await db.insert(categories).values({ name: 'Mugs', parent_id: kitchen!.id }).returning();
  await db.update(products).set({ category_id: mugs!.id }).where(eq(products.id, shop.mug));
  const day = await soldDay(t, shop, { close: true });
  return { ...day, kitchen: kitchen!.id, mugs: mugs!.id };
}

describe.each(testDatabases())('reports on %s', (kind) => {
  const t = useTestApp(kind);

  it('sales of a known day by every grouping: the same totals, refunds negative, hours in the shop’s zone', async () => {
    const shop = await sellingShop(t.current);
    const { sessionId, mugs } = await parisDay(t.current, shop);
    const m = shop.manager;
    const day = { orders: 4, quantity: '3', total_excluded: '25.00', total_included: '30.00' };
    expect(rowsOf(await sales(t.current, m, 'group_by=day'))).toEqual([
      { key: '2026-11-22', label: '2026-11-22', ...day },
    ]);
    expect(rowsOf(await sales(t.current, m, 'group_by=hour'))).toEqual([
      { key: '2026-11-22T11:00', label: '2026-11-22T11:00', ...day },
    ]);
    expect(rowsOf(await sales(t.current, m, 'group_by=month'))).toEqual([
      { key: '2026-11', label: '2026-11', ...day },
    ]);
    expect(rowsOf(await sales(t.current, m, 'group_by=shop'))).toEqual([
      { key: String(shop.shopId), label: 'Corner Shop', ...day },
    ]);
    expect(rowsOf(await sales(t.current, m, 'group_by=session'))[0]).toMatchObject({
      key: String(sessionId),
      ...day,
    });
    expect(rowsOf(await sales(t.current, m, 'group_by=product'))).toEqual([
      { key: String(shop.mug), label: 'Mug', ...day },
    ]);
    expect(rowsOf(await sales(t.current, m, 'group_by=category'))).toEqual([
      { key: String(mugs), label: 'Mugs', ...day },
    ]);
    const cashier = await sales(t.current, m, 'group_by=cashier');
    expect(rowsOf(cashier)).toEqual([
      {
        key: String(shop.cashierEmployee),
        label: 'Ella',
        orders: 3,
        quantity: '2',
        total_excluded: '15.00',
        total_included: '18.00',
      },
      {
        key: String(shop.managerEmployee),
        label: 'Marc',
        orders: 1,
        quantity: '1',
        total_excluded: '10.00',
        total_included: '12.00',
      },
    ]);
    expect(cashier.totals).toEqual(day);
    const byMethod = await sales(t.current, m, 'group_by=payment_method');
    expect(rowsOf(byMethod)).toEqual([
      {
        key: String(shop.cash),
        label: 'Cash',
        orders: 3,
        quantity: null,
        total_excluded: null,
        total_included: '18.00',
      },
      {
        key: String(shop.card),
        label: 'Card',
        orders: 1,
        quantity: null,
        total_excluded: null,
        total_included: '12.00',
      },
    ]);
    expect(byMethod.totals).toEqual({
      orders: 4,
      quantity: null,
      total_excluded: null,
      total_included: '30.00',
    });
    expect(byMethod.currency).toBe('EUR');
  });

  it('filters: dates, shop, session, cashier, product, category (with its children), payment method', async () => {
    const shop = await sellingShop(t.current);
    const { sessionId, kitchen } = await parisDay(t.current, shop);
    const m = shop.manager;
    const total = async (q: string) => (await sales(t.current, m, `group_by=day&${q}`)).totals;
    expect(await total('from=2026-11-22T10:00:00Z&to=2026-11-22T10:00:01Z')).toMatchObject({ orders: 4 });
    expect(await total('from=2026-11-22T10:00:01Z')).toEqual({
      orders: 0,
      quantity: '0',
      total_excluded: '0.00',
      total_included: '0.00',
    });
    expect(await total('to=2026-11-22T10:00:00Z')).toMatchObject({ orders: 0 });
    expect(await total(`shop_id=${shop.shopId}&session_id=${sessionId}`)).toMatchObject({ orders: 4 });
    expect(await total(`employee_id=${shop.managerEmployee}`)).toEqual({
      orders: 1,
      quantity: '1',
      total_excluded: '10.00',
      total_included: '12.00',
    });
    expect(await total(`product_id=${shop.phone}`)).toMatchObject({ orders: 0 });
    expect(await total(`product_id=${shop.mug}`)).toMatchObject({ orders: 4, total_included: '30.00' });
    expect(await total(`category_id=${kitchen}`)).toMatchObject({ orders: 4, total_included: '30.00' });
    expect(await total(`payment_method_id=${shop.card}`)).toMatchObject({
      orders: 1,
      total_included: '12.00',
    });
    const cashOnly = await sales(t.current, m, `group_by=payment_method&payment_method_id=${shop.cash}`);
    expect(cashOnly.rows.map((r) => r.label)).toEqual(['Cash']);
    const bad = await t.current.call(m, { method: 'GET', url: '/api/reports/sales?group_by=week' });
    expect(bad.statusCode).toBe(400);
  });

  it('CSV with the same columns', async () => {
    const shop = await sellingShop(t.current);
    await parisDay(t.current, shop);
    const res = await t.current.call(shop.manager, {
      method: 'GET',
      url: '/api/reports/sales?group_by=cashier&format=csv',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.body.split('\r\n')).toEqual([
      'key,label,currency,orders,quantity,total_excluded,total_included',
      `${shop.cashierEmployee},Ella,EUR,3,2,15.00,18.00`,
      `${shop.managerEmployee},Marc,EUR,1,1,10.00,12.00`,
      '',
    ]);
  });

  it('rights: cashiers 403, managers see their shops, admins all; several currencies are never added together', async () => {
    const shop = await sellingShop(t.current);
    await parisDay(t.current, shop);
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    await t.current.handle.db.update(shops).set({ currency_code: 'USD' }).where(eq(shops.id, other.shopId));
    await soldDay(t.current, other);
    for (const url of ['/api/reports/sales', '/api/reports/stock'])
      expect((await t.current.call(shop.cashier, { method: 'GET', url })).statusCode).toBe(403);
    const forbidden = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/reports/sales?shop_id=${other.shopId}`,
    });
    expect(forbidden.statusCode).toBe(403);
    expect((await sales(t.current, shop.manager, 'group_by=shop')).rows.map((r) => r.label)).toEqual([
      'Corner Shop',
    ]);

    await t.current.addUser({ login: 'admin', role: 'admin' });
    const admin = await t.current.login('admin');
    const all = await sales(t.current, admin, 'group_by=day');
    expect(all.currency).toBeNull();
    expect(all.rows.map((r) => [r.key, r.currency, r.total_included]).sort()).toEqual([
      ['2026-11-22', 'EUR', '30.00'],
      ['2026-11-22', 'USD', '30.00'],
    ]);
    expect(all.totals).toEqual({ orders: 8, quantity: '6', total_excluded: null, total_included: null });
    expect(all.totals_by_currency.map((c) => [c.currency, c.total_included])).toEqual([
      ['EUR', '30.00'],
      ['USD', '30.00'],
    ]);
    const usd = await sales(t.current, admin, `group_by=product&shop_id=${other.shopId}`);
    expect(usd.currency).toBe('USD');
    expect(usd.totals.total_included).toBe('30.00');
  });

  it('stock on hand per product and lot, from the moves of sales and returns', async () => {
    const shop = await sellingShop(t.current);
    await parisDay(t.current, shop);
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    await soldDay(t.current, other);
    const res = await t.current.call(shop.manager, { method: 'GET', url: '/api/reports/stock' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [
        {
          product_id: shop.mug,
          product_name: 'Mug',
          default_code: null,
          lot: '',
          quantity: '-3',
          uom: 'unit',
        },
      ],
      total: 1,
      limit: 50,
      offset: 0,
    });
    const q = async (query: string) =>
      (await t.current.call(shop.manager, { method: 'GET', url: `/api/reports/stock?${query}` })).json();
    expect((await q('q=MUG')).total).toBe(1);
    expect((await q('q=phone')).total).toBe(0);
    expect((await q(`shop_id=${shop.shopId}&limit=1&offset=1`)).items).toEqual([]);
    const forbidden = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/reports/stock?shop_id=${other.shopId}`,
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
