import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import type { SyncOrder, SyncOutcome } from '@till/core';
import { rawRows } from '../db/raw-rows.ts';
import { testDatabases } from '../test/databases.ts';
import {
  mugLine,
  mugOrder,
  openShopSession,
  sellingShop,
  syncBody,
  type SellingShop,
} from '../test/selling-shop.ts';
import { useTestApp, type TestApp, type TestSession } from '../test/test-app.ts';

async function send(
  t: TestApp,
  who: TestSession,
  shop: SellingShop,
  orders: SyncOrder[],
): Promise<SyncOutcome[]> {
  const res = await t.call(who, { method: 'POST', url: '/api/orders/sync', payload: syncBody(shop, orders) });
  if (res.statusCode !== 200) throw new Error(`sync: ${res.statusCode} ${res.body}`);
  return res.json<{ results: SyncOutcome[] }>().results;
}

async function counts(t: TestApp, shopId?: number) {
  const shop = shopId === undefined ? sql`true` : sql`shop_id = ${shopId}`;
  const [row] = await rawRows<{ orders: number; uids: number; total: string | null; stock: string | null }>(
    t.handle.db,
    sql`select count(*)::int as orders, count(distinct uid)::int as uids,
               (select sum(total_due) from orders where state = 'paid' and ${shop})::text as total,
               (select sum(quantity) from stock_quants where ${shop})::text as stock from orders where ${shop}`,
  );
  return row!;
}

describe.each(testDatabases())('order sync on %s', (kind) => {
  const t = useTestApp(kind);

  it('the same order sent twice exists once: created, then already known', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const order = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 2);
    const first = await send(t.current, shop.cashier, shop, [order]);
    const again = await send(t.current, shop.cashier, shop, [order, order]);
    expect(first).toMatchObject([{ uid: order.uid, status: 'created', session_id: sessionId }]);
    expect(again).toMatchObject([
      { uid: order.uid, status: 'already_known', order_id: first[0]!.order_id },
      { uid: order.uid, status: 'already_known', order_id: first[0]!.order_id },
    ]);
    expect(await counts(t.current)).toMatchObject({ orders: 1, total: '24.0000' });
  });

  it('twenty devices syncing into one session at once, each sending its batch three times, concurrently: every order once', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const devices = Array.from({ length: 20 }, (_, d) =>
      Array.from({ length: 3 }, (__, s) =>
        mugOrder(shop, sessionId, { login: d + 1, sequence: s + 1 }, 1 + ((d + s) % 3)),
      ),
    );
    const sends = devices.flatMap((batch) => [batch, [...batch].reverse(), batch]);
    const results = (await Promise.all(sends.map((b) => send(t.current, shop.cashier, shop, b)))).flat();
    const created = results.filter((r) => r.status === 'created');
    expect(created.length).toBe(60);
    expect(new Set(created.map((r) => r.uid)).size).toBe(60);
    const expectedTotal = devices.flat().reduce((s, o) => s + Number(o.totals.total_due), 0);
    const c = await counts(t.current);
    expect(c.orders).toBe(60);
    expect(Number(c.total)).toBe(expectedTotal);
    expect(Number(c.stock)).toBe(-devices.flat().reduce((s, o) => s + Number(o.lines[0]!.qty), 0));
  });

  it('never drops a sale: wrong totals, an archived or unknown product, a typed price without the right, short payments are stored and flagged', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const seq = (n: number) => ({ login: 1, sequence: n });
    const wrongTotals = mugOrder(shop, sessionId, seq(1), 1, {
      totals: {
        total_excluded: '9.00',
        total_tax: '2.00',
        total_included: '11.00',
        total_due: '11.00',
        paid: '12.00',
        change: '1.00',
      },
    });
    const archived = mugOrder(shop, sessionId, seq(2), 1, {
      lines: [mugLine(shop, 2, { product_id: shop.oldMug, price_unit: '6' })],
    });
    const unknown = mugOrder(shop, sessionId, seq(3), 1, {
      lines: [mugLine(shop, 1, { product_id: 999_999 })],
    });
    const typedPrice = mugOrder(shop, sessionId, seq(4), 1, {
      lines: [mugLine(shop, 1, { price_unit: '1', price_manually_set: true })],
    });
    const short = mugOrder(shop, sessionId, seq(5), 2, {
      payments: [{ method_id: shop.card, amount: '10.00' }],
    });
    const results = await send(t.current, shop.cashier, shop, [
      wrongTotals,
      archived,
      unknown,
      typedPrice,
      short,
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(5).fill('created_flagged'));
    const codes = results.map((r) => (r.status === 'created_flagged' ? r.flags.map((f) => f.code) : []));
    expect(codes[0]).toEqual(['totals_differ']);
    expect(codes[1]).toContain('product_archived');
    expect(codes[2]).toContain('product_unknown');
    expect(codes[3]).toContain('price_changed_without_right');
    expect(codes[4]).toEqual(['payments_do_not_cover']);
    const flagged = await t.current.call(shop.manager, { method: 'GET', url: '/api/orders?flagged=true' });
    expect(flagged.json().total).toBe(5);
  });

  it('keeps the sold unit price to 6 decimals, as the till sent it', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const order = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1, {
      lines: [mugLine(shop, 3, { price_unit: '1.234567', price_manually_set: true })],
    });
    const [result] = await send(t.current, shop.cashier, shop, [order]);
    expect(result!.status).not.toBe('already_known');
    const rows = await rawRows<{ price_unit: string }>(
      t.current.handle.db,
      sql`select price_unit::text from order_lines where kind = 'product'`,
    );
    expect(rows).toEqual([{ price_unit: '1.234567' }]);
  });

  it('a draft sent earlier is replaced by its paid version; a paid order never changes again', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const draft = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1, { state: 'draft', payments: [] });
    const first = await send(t.current, shop.cashier, shop, [draft]);
    expect(first[0]!.status).toBe('created');
    const paid = { ...mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 2), uid: draft.uid };
    const second = await send(t.current, shop.cashier, shop, [paid]);
    expect(second[0]!.status).toBe('created');
    const third = await send(t.current, shop.cashier, shop, [{ ...paid, state: 'draft' as const }]);
    expect(third[0]!.status).toBe('already_known');
    expect(await counts(t.current)).toMatchObject({ orders: 1, total: '24.0000', stock: '-2.0000' });
  });

  it('bad input that is not an order is a 400 naming the field, and nothing is stored', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const good = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1);
    const res = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [good, { ...good, uid: 'x', lines: [{ ...good.lines[0]!, qty: 'two' }] }]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toMatch(/^orders\.1\./);
    expect((await counts(t.current)).orders).toBe(0);
  });

  it('an order for a closed session goes to a rescue session, reused, then closed from the list and posted', async () => {
    const shop = await sellingShop(t.current, { maxDifference: '1000' });
    const sessionId = await openShopSession(t.current, shop);
    await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: { [shop.cash]: '100' } },
    });
    const late = await send(t.current, shop.cashier, shop, [
      mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1),
      mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 2),
    ]);
    expect(late.map((r) => r.status)).toEqual(['created_flagged', 'created_flagged']);
    const rescueId = late[0]!.session_id;
    expect(rescueId).not.toBe(sessionId);
    expect(late[1]!.session_id).toBe(rescueId);
    const sessions = (
      await t.current.call(shop.manager, { method: 'GET', url: `/api/shops/${shop.shopId}/sessions` })
    ).json<{ id: number; rescue: boolean; name: string; state: string }[]>();
    expect(sessions.find((s) => s.id === rescueId)).toMatchObject({
      rescue: true,
      state: 'opened',
      name: `Rescue for Corner Shop/${String(sessionId).padStart(5, '0')}`,
    });
    // A new ordinary session may open meanwhile: the rescue one is not the shop's running session.
    const next = await openShopSession(t.current, shop);
    expect(next).not.toBe(rescueId);
    const closed = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${rescueId}/close`,
      payload: { counted: {} },
    });
    expect(closed.statusCode).toBe(200);
    const [sums] = await rawRows<{ d: string; c: string }>(
      t.current.handle.db,
      sql`select sum(debit)::text as d, sum(credit)::text as c from journal_lines l join journal_entries e on e.id = l.entry_id where e.session_id = ${rescueId}`,
    );
    expect(Number(sums!.d)).toBe(36);
    expect(Number(sums!.c)).toBe(36);
  });

  it('refunds: part of an order, never beyond what was sold, also when two devices refund at once', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const sale = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 3);
    await send(t.current, shop.cashier, shop, [sale]);
    const refund = (seq: number, qty: number) =>
      mugOrder(shop, sessionId, { login: 2, sequence: seq }, -qty, {
        lines: [mugLine(shop, -qty, { refunded_line_uid: sale.lines[0]!.uid })],
        payments: [{ method_id: shop.cash, amount: (-12 * qty).toFixed(2) }],
        totals: {
          total_excluded: (-10 * qty).toFixed(2),
          total_tax: (-2 * qty).toFixed(2),
          total_included: (-12 * qty).toFixed(2),
          total_due: (-12 * qty).toFixed(2),
          paid: (-12 * qty).toFixed(2),
          change: '0.00',
        },
      });
    expect((await send(t.current, shop.cashier, shop, [refund(1, 1)]))[0]!.status).toBe('created');
    // Two devices each refund the 2 mugs left... and one more: only one of the two can be right.
    const [a, b] = await Promise.all([
      send(t.current, shop.cashier, shop, [refund(2, 2)]),
      send(t.current, shop.manager, shop, [refund(3, 2)]),
    ]);
    const statuses = [a[0]!, b[0]!]
      .map((r) => (r.status === 'created_flagged' ? r.flags.map((f) => f.code).join() : r.status))
      .sort();
    expect(statuses).toEqual(['created', 'refund_exceeds_sold']);
    const order = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/orders/${(await send(t.current, shop.cashier, shop, [sale]))[0]!.order_id}`,
    });
    expect(order.json().lines[0].refundable_qty).toBe('0');
    expect(order.json().refunds.length).toBe(3);
  });

  it('a serial number sold twice is flagged; once returned it may be sold again', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const phone = (seq: number, qty: number, over = {}) =>
      mugOrder(shop, sessionId, { login: 1, sequence: seq }, 0, {
        lines: [mugLine(shop, qty, { product_id: shop.phone, price_unit: '300', lots: ['SN-001'], ...over })],
        payments: [{ method_id: shop.card, amount: (300 * qty).toFixed(2) }],
        totals: {
          total_excluded: (250 * qty).toFixed(2),
          total_tax: (50 * qty).toFixed(2),
          total_included: (300 * qty).toFixed(2),
          total_due: (300 * qty).toFixed(2),
          paid: (300 * qty).toFixed(2),
          change: '0.00',
        },
      });
    const sold = phone(1, 1);
    expect((await send(t.current, shop.cashier, shop, [sold]))[0]!.status).toBe('created');
    const twice = await send(t.current, shop.cashier, shop, [phone(2, 1)]);
    expect(twice[0]!.status === 'created_flagged' && twice[0]!.flags[0]).toMatchObject({
      code: 'serial_sold_twice',
    });
  });

  it('orders are found by receipt number, session, shop and state', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const o = mugOrder(shop, sessionId, { login: 4, sequence: 17 }, 1);
    await send(t.current, shop.cashier, shop, [o, mugOrder(shop, sessionId, { login: 4, sequence: 18 }, 1)]);
    const byReceipt = await t.current.call(shop.cashier, {
      method: 'GET',
      url: `/api/orders?receipt=${encodeURIComponent('004-0017')}`,
    });
    expect(byReceipt.json()).toMatchObject({
      total: 1,
      items: [{ receipt_number: o.receipt_number, total_included: '12.00' }],
    });
    const bySession = await t.current.call(shop.cashier, {
      method: 'GET',
      url: `/api/orders?session_id=${sessionId}&shop_id=${shop.shopId}&state=paid`,
    });
    expect(bySession.json().total).toBe(2);
  });

  let run = 0;
  it('any interleaving of retries and duplicate sends from several devices: each order once, a balanced entry, stock matching the lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { minLength: 1, maxLength: 12 }),
        async (deviceMugs, sendPlan) => {
          const app = t.current;
          run += 1;
          const shop = await sellingShop(app, { maxDifference: '100000', loginSuffix: String(run) });
          const sessionId = await openShopSession(app, shop);
          const devices = deviceMugs.map((mugs, d) =>
            mugs.map((n, s) => mugOrder(shop, sessionId, { login: d + 1, sequence: s + 1 }, n)),
          );
          // Each step sends some device's orders (a prefix, possibly reversed), several steps at once.
          await Promise.all(
            sendPlan.map(([d, k, rev]) => {
              const batch = devices[d % devices.length]!.slice(
                0,
                1 + (k % devices[d % devices.length]!.length),
              );
              return send(app, shop.cashier, shop, rev ? [...batch].reverse() : batch);
            }),
          );
          for (const batch of devices) await send(app, shop.cashier, shop, batch); // the final retry of every till
          const all = devices.flat();
          const c = await counts(app, shop.shopId);
          expect(c.orders).toBe(all.length);
          expect(c.uids).toBe(all.length);
          expect(Number(c.stock)).toBe(-all.reduce((s, o) => s + Number(o.lines[0]!.qty), 0));
          const closed = await app.call(shop.manager, {
            method: 'POST',
            url: `/api/sessions/${sessionId}/close`,
            payload: { counted: {}, confirm_difference: true },
          });
          expect(closed.statusCode).toBe(200);
          const [sums] = await rawRows<{ d: string; c: string }>(
            app.handle.db,
            sql`select sum(debit)::text as d, sum(credit)::text as c from journal_lines l join journal_entries e on e.id = l.entry_id where e.session_id = ${sessionId}`,
          );
          expect(sums!.d).toBe(sums!.c);
          expect(Number(sums!.d)).toBeGreaterThanOrEqual(
            all.reduce((s, o) => s + Number(o.totals.total_due), 0),
          );
        },
      ),
      { numRuns: kind === 'pglite' ? 8 : 5 },
    );
  }, 120_000);
});
