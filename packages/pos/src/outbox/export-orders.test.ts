import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { TillDb } from '../db/till-db.ts';
import { paidOrder } from '../test-support/fixtures.ts';
import { exportOrders, importOrders } from './export-orders.ts';

const dbs: TillDb[] = [];
const newDb = (name: string) => {
  const db = new TillDb(name);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('export and import of orders', () => {
  it('moves unpaid and waiting orders to another device; sent ones stay behind', async () => {
    const from = newDb('export-from');
    await from.orders.bulkAdd([
      paidOrder('waiting'),
      paidOrder('sent', { sync_state: 'sent' }),
      paidOrder('draft', { state: 'draft', sync_state: 'none', totals: null, sold_at: null, payments: [] }),
    ]);
    const file = JSON.stringify(await exportOrders(from, new Date('2025-03-01T12:00:00Z')));

    const to = newDb('export-to');
    expect(await importOrders(to, file)).toEqual({ ok: true, added: 2, alreadyHere: 0, paid: 1, unpaid: 1 });
    expect((await to.orders.get('waiting'))?.sync_state).toBe('waiting');
    expect((await to.orders.get('draft'))?.state).toBe('draft');
    expect(await importOrders(to, file)).toEqual({ ok: true, added: 0, alreadyHere: 2, paid: 0, unpaid: 0 });
  });

  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['another format', '{"format":"x"}', /not exported by a till/],
    ['a newer version', '{"format":"till-orders","version":9,"orders":[]}', /version 9/],
    [
      'an incomplete order',
      '{"format":"till-orders","version":1,"orders":[{"uid":"a"}]}',
      /Order 1 .* incomplete/,
    ],
  ])('refuses %s with a clear message', async (_name, text, message) => {
    const result = await importOrders(newDb('import-bad'), text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});
