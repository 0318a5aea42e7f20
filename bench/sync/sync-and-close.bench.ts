import type { SyncOrder } from '@till/core';
import type { DatabaseKind } from '@till/server/db/database.ts';
import {
  mugLine,
  mugOrder,
  openShopSession,
  sellingShop,
  syncBody,
  type SellingShop,
} from '@till/server/test/selling-shop.ts';
import { createTestApp, type TestApp } from '@till/server/test/test-app.ts';
import { printTable } from '../table.ts';

/** An order of 5 lines (1 to 5 mugs each, 12.00 a mug with VAT 20 % included), paid in cash. */
function fiveLineOrder(shop: SellingShop, sessionId: number, login: number, sequence: number): SyncOrder {
  const lines = [1, 2, 3, 4, 5].map((q) => mugLine(shop, q));
  const mugs = 15;
  const base = mugOrder(shop, sessionId, { login, sequence }, mugs);
  return { ...base, lines };
}

async function send(t: TestApp, shop: SellingShop, orders: SyncOrder[]): Promise<void> {
  const res = await t.call(shop.cashier, {
    method: 'POST',
    url: '/api/orders/sync',
    payload: syncBody(shop, orders),
  });
  if (res.statusCode !== 200) throw new Error(`sync ${res.statusCode}: ${res.body.slice(0, 300)}`);
}

async function syncRun(kind: DatabaseKind, devices: number, ordersPerDevice: number, batch: number) {
  const t = await createTestApp(kind);
  try {
    const shop = await sellingShop(t, { maxDifference: '1000000' });
    const sessionId = await openShopSession(t, shop);
    const start = performance.now();
    await Promise.all(
      Array.from({ length: devices }, async (_, d) => {
        for (let i = 0; i < ordersPerDevice; i += batch) {
          const orders = Array.from({ length: Math.min(batch, ordersPerDevice - i) }, (__, k) =>
            fiveLineOrder(shop, sessionId, d + 1, i + k + 1),
          );
          await send(t, shop, orders);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const closeStart = performance.now();
    const closed = await t.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${sessionId}/close`,
      payload: { counted: {}, confirm_difference: true },
    });
    if (closed.statusCode !== 200) throw new Error(`close ${closed.statusCode}: ${closed.body}`);
    const closeSeconds = (performance.now() - closeStart) / 1000;
    return { total: devices * ordersPerDevice, seconds, closeSeconds };
  } finally {
    await t.app.close();
    await t.handle.close();
  }
}

/**
 * Sync throughput (orders of 5 lines, batches of 50) from one device and from 20 devices at once,
 * and the time to close the session they make, on PGlite and, with TEST_DATABASE_URL, PostgreSQL.
 * BENCH_ORDERS sets the orders per run (default 2,000; 10,000 for the closing figure the issue asks).
 */
export async function benchSync(): Promise<void> {
  const total = Number(process.env.BENCH_ORDERS ?? 2000);
  const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
  const rows = [];
  for (const kind of kinds) {
    for (const devices of [1, 20]) {
      const r = await syncRun(kind, devices, Math.ceil(total / devices), 50);
      rows.push({
        database: kind,
        devices,
        orders: r.total,
        'lines/order': 5,
        'sync s': r.seconds.toFixed(1),
        'orders/s': Math.round(r.total / r.seconds),
        'close session s': r.closeSeconds.toFixed(2),
      });
    }
  }
  printTable('order sync (in-process HTTP, batches of 50) and closing the session they make', rows);
}
