import { describe, expect, it } from 'vitest';
import { customers } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody, type SellingShop } from '../test/selling-shop.ts';
import { soldDay } from '../test/sold-day.ts';
import { useTestApp, type TestApp, type TestSession } from '../test/test-app.ts';

type Found = { items: { id: number; receipt_number: string; employee_name: string | null }[]; total: number };

async function find(t: TestApp, who: TestSession, query: string): Promise<Found> {
  const res = await t.call(who, { method: 'GET', url: `/api/orders?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json<Found>();
}

/** A paid order whose till totals disagree with the server's: stored and flagged. */
async function flaggedOrder(t: TestApp, shop: SellingShop, sessionId: number, sequence: number) {
  const order = mugOrder(shop, sessionId, { login: 1, sequence }, 1, {
    totals: {
      total_excluded: '9.00',
      total_tax: '2.00',
      total_included: '11.00',
      total_due: '11.00',
      paid: '12.00',
      change: '0.00',
    },
  });
  const res = await t.call(shop.cashier, {
    method: 'POST',
    url: '/api/orders/sync',
    payload: syncBody(shop, [order]),
  });
  const result = res.json<{ results: { status: string; order_id: number }[] }>().results[0]!;
  expect(result.status).toBe('created_flagged');
  return result.order_id;
}

describe.each(testDatabases())('back-office orders on %s', (kind) => {
  const t = useTestApp(kind);

  it('search filters: receipt, shop, session, state, dates, cashier, customer text, flagged and review state', async () => {
    const shop = await sellingShop(t.current);
    const [ana] = await t.current.handle.db
      .insert(customers)
      .values({ name: 'Ana Lima', email: 'ana@example.com' })
      .returning();
    const sessionId = await openShopSession(t.current, shop);
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [
        mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 1, { customer_id: ana!.id }),
        mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 2, {
          employee_id: shop.managerEmployee,
          sold_at: '2026-11-23T09:00:00.000Z',
        }),
      ]),
    });
    expect(sync.statusCode).toBe(200);
    const flagged = await flaggedOrder(t.current, shop, sessionId, 3);
    const m = shop.manager;
    expect((await find(t.current, m, '')).total).toBe(3);
    expect((await find(t.current, m, `receipt=${String(sessionId).padStart(5, '0')}-001-0002`)).total).toBe(
      1,
    );
    expect(
      (await find(t.current, m, `shop_id=${shop.shopId}&session_id=${sessionId}&state=paid`)).total,
    ).toBe(3);
    expect((await find(t.current, m, 'state=draft')).total).toBe(0);
    expect((await find(t.current, m, 'from=2026-11-23T00:00:00Z')).total).toBe(1);
    expect((await find(t.current, m, 'to=2026-11-23T00:00:00Z')).total).toBe(2);
    const byMarc = await find(t.current, m, `employee_id=${shop.managerEmployee}`);
    expect(byMarc.items.map((o) => o.employee_name)).toEqual(['Marc']);
    expect((await find(t.current, m, 'customer=lima')).total).toBe(1);
    expect((await find(t.current, m, 'customer=ANA@EXAMPLE')).total).toBe(1);
    expect((await find(t.current, m, 'customer=nobody')).total).toBe(0);
    expect((await find(t.current, m, 'flagged=true')).items.map((o) => o.id)).toEqual([flagged]);
    expect((await find(t.current, m, 'flagged=false')).total).toBe(2);
    expect((await find(t.current, m, 'review_state=to_review')).items.map((o) => o.id)).toEqual([flagged]);
    // Another shop's manager sees none of them.
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    expect((await find(t.current, other.manager, '')).total).toBe(0);
    expect((await find(t.current, other.manager, `shop_id=${shop.shopId}`)).total).toBe(0);
  });

  it('an order shows the refunds made against it, with receipt numbers and amounts', async () => {
    const shop = await sellingShop(t.current);
    const { orderIds } = await soldDay(t.current, shop);
    const res = await t.current.call(shop.manager, { method: 'GET', url: `/api/orders/${orderIds.o1}` });
    const order = res.json();
    expect(order.refunds).toHaveLength(1);
    expect(order.refunds[0]).toMatchObject({
      order_id: orderIds.r1,
      amount: '-12.00',
      lines: [{ qty: '-1' }],
    });
    expect(order.refunds[0].receipt_number).toMatch(/-0004$/);
    expect(order.review).toBeNull();
  });

  it('review: accept keeps the flags and ends "to review"; reason, who and when are kept', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const id = await flaggedOrder(t.current, shop, sessionId, 1);
    const review = (who: TestSession, payload: Record<string, unknown>) =>
      t.current.call(who, { method: 'POST', url: `/api/orders/${id}/review`, payload });
    expect((await review(shop.cashier, { decision: 'accept', reason: 'ok' })).statusCode).toBe(403);
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    expect((await review(other.manager, { decision: 'accept', reason: 'ok' })).statusCode).toBe(403);
    expect((await review(shop.manager, { decision: 'accept', reason: '' })).statusCode).toBe(400);
    expect((await review(shop.manager, { decision: 'accept', reason: '   ' })).statusCode).toBe(400);
    expect((await review(shop.manager, { decision: 'accept' })).statusCode).toBe(400);

    const res = await review(shop.manager, { decision: 'accept', reason: 'Till price was right: old label' });
    expect(res.statusCode).toBe(200);
    const order = res.json();
    expect(order.review_state).toBe('accepted');
    expect(order.flags.length).toBeGreaterThan(0);
    expect(order.review).toMatchObject({
      decision: 'accept',
      reason: 'Till price was right: old label',
      by: 'manager',
    });
    expect(Number.isNaN(Date.parse(order.review.at))).toBe(false);
    expect((await find(t.current, shop.manager, 'review_state=to_review')).total).toBe(0);
    expect((await find(t.current, shop.manager, 'flagged=true')).total).toBe(1);

    // An order nobody flagged has nothing to accept.
    const plain = mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 1);
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [plain]),
    });
    const plainId = sync.json().results[0].order_id;
    const refused = await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/orders/${plainId}/review`,
      payload: { decision: 'accept', reason: 'x' },
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toBe('order_not_flagged');
  });

  it('review: correct a payment’s method and the customer while the session is open; after closing only accept', async () => {
    const shop = await sellingShop(t.current);
    const [ana] = await t.current.handle.db.insert(customers).values({ name: 'Ana Lima' }).returning();
    const sessionId = await openShopSession(t.current, shop);
    const id = await flaggedOrder(t.current, shop, sessionId, 1);
    const before = (await t.current.call(shop.manager, { method: 'GET', url: `/api/orders/${id}` })).json();
    const paymentId = before.payments[0].id;
    const correct = (payload: Record<string, unknown>) =>
      t.current.call(shop.manager, { method: 'POST', url: `/api/orders/${id}/review`, payload });
    expect((await correct({ decision: 'correct', reason: 'nothing named' })).statusCode).toBe(400);
    expect(
      (
        await correct({
          decision: 'correct',
          reason: 'x',
          corrections: { payments: [{ id: 999999, payment_method_id: shop.card }] },
        })
      ).statusCode,
    ).toBe(404);

    const res = await correct({
      decision: 'correct',
      reason: 'Paid by card, cash pressed',
      corrections: { customer_id: ana!.id, payments: [{ id: paymentId, payment_method_id: shop.card }] },
    });
    expect(res.statusCode).toBe(200);
    const order = res.json();
    expect(order.customer_id).toBe(ana!.id);
    expect(order.payments[0]).toMatchObject({ id: paymentId, method_id: shop.card, method: 'Card' });
    expect(order.review).toMatchObject({
      decision: 'correct',
      reason: 'Paid by card, cash pressed',
      by: 'manager',
      corrections: [
        { field: 'customer_id', from: null, to: ana!.id },
        { field: 'payment_method_id', payment_id: paymentId, from: shop.cash, to: shop.card },
      ],
    });
    // The closing screen counts it as card now: the drawer expects only the opening cash.
    const closing = (
      await t.current.call(shop.manager, { method: 'GET', url: `/api/sessions/${sessionId}/closing` })
    ).json();
    expect(closing.methods).toMatchObject([
      { name: 'Cash', expected: '100.00' },
      { name: 'Card', expected: '12.00' },
    ]);

    await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: { [shop.cash]: '100.00' }, confirm_difference: true },
    });
    const late = await correct({
      decision: 'correct',
      reason: 'too late',
      corrections: { customer_id: null },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toBe('session_closed');
    const accepted = await correct({ decision: 'accept', reason: 'Checked with the bank statement' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ customer_id: ana!.id, review: { decision: 'accept' } });
  });
});
