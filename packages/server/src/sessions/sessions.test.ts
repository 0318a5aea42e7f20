import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { journalLines, stockQuants } from '../db/schema/index.ts';
import { rawRows } from '../db/raw-rows.ts';
import { testDatabases } from '../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody } from '../test/selling-shop.ts';
import { useTestApp } from '../test/test-app.ts';

describe.each(testDatabases())('sessions on %s', (kind) => {
  const t = useTestApp(kind);

  it('opens once per shop; a second opening is refused naming the running session; joining gives new login numbers', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const again = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/shops/${shop.shopId}/sessions`,
      payload: { opening_cash: '0' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: 'session_already_open', session_id: sessionId });
    const joins = await Promise.all(
      [1, 2, 3].map(() =>
        t.current.call(shop.cashier, { method: 'POST', url: `/api/sessions/${sessionId}/join` }),
      ),
    );
    expect(joins.map((j) => j.json<{ login_number: number }>().login_number).sort()).toEqual([2, 3, 4]);
  });

  it('two devices opening at once: one session', async () => {
    const shop = await sellingShop(t.current);
    const tries = await Promise.all(
      [shop.manager, shop.cashier].map((who) =>
        t.current.call(who, {
          method: 'POST',
          url: `/api/shops/${shop.shopId}/sessions`,
          payload: { opening_cash: '50' },
        }),
      ),
    );
    expect(tries.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });

  it('a whole day: sales, a cash move, closing with a difference a manager confirms, a balanced entry, stock, read-only', async () => {
    const shop = await sellingShop(t.current, { maxDifference: '1' });
    const sessionId = await openShopSession(t.current, shop);
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [
        mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 2),
        mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 1, { method: 'card' }),
        mugOrder(shop, sessionId, { login: 1, sequence: 3 }, 3),
      ]),
    });
    expect(sync.json().results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'created',
      'created',
    ]);
    const out = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/cash-moves`,
      payload: { type: 'out', amount: '10.50', reason: 'window cleaner' },
    });
    expect(out.statusCode).toBe(201);

    const closing = await t.current.call(shop.cashier, {
      method: 'GET',
      url: `/api/sessions/${sessionId}/closing`,
    });
    expect(closing.json()).toMatchObject({
      orders_count: 3,
      orders_total: '72.00',
      methods: [
        {
          name: 'Cash',
          expected: '149.50',
          payment_count: 2,
          cash: { opening: '100.00', payments: '60.00', cash_in: '0.00', cash_out: '10.50' },
        },
        { name: 'Card', expected: '12.00', payment_count: 1 },
      ],
    });

    const counted = { [shop.cash]: '147.00', [shop.card]: '12.00' };
    const byCashier = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted, confirm_difference: true },
    });
    expect(byCashier.statusCode).toBe(409);
    expect(byCashier.json()).toMatchObject({
      error: 'difference_needs_confirmation',
      largest: '2.50',
      may_confirm: false,
    });
    const byManagerAtTill = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted, confirm_difference: true, employee_id: shop.cashierEmployee },
    });
    expect(byManagerAtTill.json()).toMatchObject({
      error: 'difference_needs_confirmation',
      may_confirm: false,
    });
    const unconfirmed = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted },
    });
    expect(unconfirmed.json()).toMatchObject({ error: 'difference_needs_confirmation', may_confirm: true });
    const closed = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted, confirm_difference: true, notes: '3 x 20.00 …' },
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ difference: '-2.50' });

    const db = t.current.handle.db;
    const lines = await db
      .select()
      .from(journalLines)
      .where(eq(journalLines.entry_id, closed.json<{ entry_id: number }>().entry_id));
    const byAccount = Object.fromEntries(
      lines.map((l) => [`${l.account_code} ${l.label}`, [l.debit, l.credit].map(Number)]),
    );
    expect(byAccount).toMatchObject({
      '707000 Sales (VAT 20%)': [0, 60],
      '445720 VAT 20%': [0, 12],
      '530000 Cash': [60, 0],
      '511000 Card': [12, 0],
      '658000 Cash difference at closing': [2.5, 0],
    });
    const [sums] = await rawRows<{ d: string; c: string }>(
      db,
      sql`select sum(debit)::text as d, sum(credit)::text as c from journal_lines`,
    );
    expect(Number(sums!.d)).toBe(Number(sums!.c));
    const [quant] = await db.select().from(stockQuants).where(eq(stockQuants.product_id, shop.mug));
    expect(Number(quant!.quantity)).toBe(-6);

    const late = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/cash-moves`,
      payload: { type: 'in', amount: '5', reason: 'late' },
    });
    expect(late.json()).toMatchObject({ error: 'session_closed' });
    const twice = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted },
    });
    expect(twice.json()).toMatchObject({ error: 'session_closed' });
  });

  it('a manager employee at a cashier’s till may confirm the difference', async () => {
    const shop = await sellingShop(t.current, { maxDifference: '1' });
    const sessionId = await openShopSession(t.current, shop);
    const res = await t.current.call(shop.cashier, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: {
        counted: { [shop.cash]: '90' },
        confirm_difference: true,
        employee_id: shop.managerEmployee,
      },
    });
    expect(res.statusCode).toBe(200);
    const shops = await t.current.call(shop.cashier, { method: 'GET', url: '/api/shops' });
    expect(shops.json()[0].session).toBeNull();
  });

  it('the shops list shows the running session', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const shops = await t.current.call(shop.cashier, { method: 'GET', url: '/api/shops' });
    expect(shops.json()[0].session).toMatchObject({ id: sessionId, state: 'opened' });
  });

  it('stock moved at closing when the shop says so', async () => {
    const shop = await sellingShop(t.current, { stockUpdate: 'closing', maxDifference: '1000' });
    const sessionId = await openShopSession(t.current, shop);
    await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 4)]),
    });
    const db = t.current.handle.db;
    expect(await db.select().from(stockQuants)).toEqual([]);
    await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: {}, confirm_difference: true },
    });
    const [quant] = await db.select().from(stockQuants);
    expect(Number(quant!.quantity)).toBe(-4);
  });

  it('closing lists unpaid orders and cancels them only when told, never a paid one', async () => {
    const shop = await sellingShop(t.current, { maxDifference: '1000' });
    const sessionId = await openShopSession(t.current, shop);
    const draft = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1, { state: 'draft', payments: [] });
    const paid = mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 1);
    await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [draft, paid]),
    });
    const refused = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: {}, confirm_difference: true },
    });
    expect(refused.json()).toMatchObject({
      error: 'draft_orders_open',
      drafts: [{ receipt_number: draft.receipt_number }],
    });
    const closed = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: {}, confirm_difference: true, drafts: 'cancel' },
    });
    expect(closed.statusCode).toBe(200);
    const list = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/orders?session_id=${sessionId}`,
    });
    expect(
      list
        .json()
        .items.map((o: { state: string }) => o.state)
        .sort(),
    ).toEqual(['cancelled', 'paid']);
  });

  it('a cashier of another shop can neither open nor close this shop’s session', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const other = await t.current.addShop('Elsewhere');
    await t.current.addUser({ login: 'stranger', role: 'cashier', shopIds: [other] });
    const stranger = await t.current.login('stranger');
    expect(
      (
        await t.current.call(stranger, {
          method: 'POST',
          url: `/api/sessions/${sessionId}/close`,
          payload: { counted: {} },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.current.call(stranger, {
          method: 'POST',
          url: `/api/shops/${shop.shopId}/sessions`,
          payload: { opening_cash: '0' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await t.current.call(stranger, {
          method: 'POST',
          url: '/api/orders/sync',
          payload: syncBody(shop, [mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1)]),
        })
      ).statusCode,
    ).toBe(403);
  });
});
