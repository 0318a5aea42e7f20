import { mugLine, mugOrder, openShopSession, syncBody, type SellingShop } from './selling-shop.ts';
import type { TestApp } from './test-app.ts';

/**
 * A known day in the selling shop, for the back-office tests (VAT 20 % included, mugs at 12.00):
 *   o1  2 mugs, cash 24.00, by Ella (cashier)      o2  1 mug, card 12.00, by Marc (manager)
 *   o3  1 mug at 50 % off, cash 6.00, by Ella      r1  refund of 1 mug of o1, cash −12.00
 * and a cash out of 10.50. Orders 4, total 30.00 (excl. 25.00, VAT 5.00); cash payments 18.00,
 * card 12.00; cash expected 100 + 18 − 10.50 = 107.50. Closing (when asked) counts 107.00 cash.
 */
export async function soldDay(
  t: TestApp,
  shop: SellingShop,
  options: { close?: boolean; soldAt?: string } = {},
) {
  const sessionId = await openShopSession(t, shop);
  const soldAt = options.soldAt ?? '2026-11-22T10:00:00.000Z';
  const o1 = mugOrder(shop, sessionId, { login: 1, sequence: 1 }, 2, { sold_at: soldAt });
  const o2 = mugOrder(shop, sessionId, { login: 1, sequence: 2 }, 1, {
    method: 'card',
    employee_id: shop.managerEmployee,
    sold_at: soldAt,
  });
  const o3 = mugOrder(shop, sessionId, { login: 1, sequence: 3 }, 1, {
    sold_at: soldAt,
    lines: [mugLine(shop, 1, { discount: '50' })],
    payments: [{ method_id: shop.cash, amount: '6.00' }],
    totals: {
      total_excluded: '5.00',
      total_tax: '1.00',
      total_included: '6.00',
      total_due: '6.00',
      paid: '6.00',
      change: '0.00',
    },
  });
  const r1 = mugOrder(shop, sessionId, { login: 1, sequence: 4 }, -1, {
    sold_at: soldAt,
    lines: [mugLine(shop, -1, { refunded_line_uid: o1.lines[0]!.uid })],
    payments: [{ method_id: shop.cash, amount: '-12.00' }],
    totals: {
      total_excluded: '-10.00',
      total_tax: '-2.00',
      total_included: '-12.00',
      total_due: '-12.00',
      paid: '-12.00',
      change: '0.00',
    },
  });
  const sync = await t.call(shop.cashier, {
    method: 'POST',
    url: '/api/orders/sync',
    payload: syncBody(shop, [o1, o2, o3, r1]),
  });
  const results = sync.json<{ results: { status: string; order_id: number }[] }>().results;
  if (sync.statusCode !== 200 || results.some((r) => r.status !== 'created'))
    throw new Error(`soldDay sync: ${sync.statusCode} ${sync.body}`);
  const out = await t.call(shop.cashier, {
    method: 'POST',
    url: `/api/sessions/${sessionId}/cash-moves`,
    payload: { type: 'out', amount: '10.50', reason: 'window cleaner' },
  });
  if (out.statusCode !== 201) throw new Error(`soldDay cash out: ${out.body}`);
  if (options.close) {
    const close = await t.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: { [shop.cash]: '107.00' }, notes: '5 x 20, 1 x 5, 2 x 1' },
    });
    if (close.statusCode !== 200) throw new Error(`soldDay close: ${close.body}`);
  }
  const [id1, id2, id3, idR] = results.map((r) => r.order_id);
  return { sessionId, orderIds: { o1: id1!, o2: id2!, o3: id3!, r1: idR! }, orders: { o1, o2, o3, r1 } };
}
