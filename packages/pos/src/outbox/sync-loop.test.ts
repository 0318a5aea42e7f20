import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../api/http.ts';
import { createTillApi } from '../api/till-api.ts';
import { TillDb } from '../db/till-db.ts';
import { createFakeServer, json, type FakeServer } from '../test-support/fake-server.ts';
import { paidOrder } from '../test-support/fixtures.ts';
import { SyncLoop } from './sync-loop.ts';

let db: TillDb;
let server: FakeServer;
let loop: SyncLoop;
let dbCount = 0;

beforeEach(async () => {
  db = new TillDb(`outbox-test-${++dbCount}`);
  server = createFakeServer();
  loop = new SyncLoop({ db, api: createTillApi(new HttpClient({ fetch: server.fetch })), random: () => 0.5 });
});

afterEach(async () => {
  loop.stop();
  await db.delete();
});

const syncRequests = () => server.requests.filter((r) => r.path === '/api/orders/sync');

describe('SyncLoop', () => {
  it('sends waiting orders and keeps them, marked sent, with the outcome', async () => {
    await db.orders.bulkAdd([paidOrder('a'), paidOrder('b', { queued_at: '2025-03-01T10:01:00.000Z' })]);
    const status = await loop.flush();
    expect(status).toMatchObject({ waiting: 0, online: true, lastError: null });
    const stored = await db.orders.toArray();
    expect(stored.map((o) => [o.uid, o.sync_state, o.sync.outcome])).toEqual([
      ['a', 'sent', 'created'],
      ['b', 'sent', 'created'],
    ]);
    expect(server.orders.size).toBe(2);
  });

  it('keeps orders waiting while the server cannot be reached, and says since when', async () => {
    await db.orders.add(paidOrder('a'));
    server.offline = true;
    const status = await loop.flush();
    expect(status).toMatchObject({ online: false, waiting: 1, oldestQueuedAt: '2025-03-01T10:00:00.000Z' });
    expect((await db.orders.get('a'))?.sync).toMatchObject({
      attempts: 1,
      last_error: 'The server cannot be reached.',
    });
    server.offline = false;
    expect(await loop.flush()).toMatchObject({ online: true, waiting: 0 });
  });

  it('sends every acknowledged order again when the server restarted (new boot id)', async () => {
    await db.orders.add(paidOrder('a'));
    await loop.flush();
    server.orders.clear(); // the server lost its last seconds
    server.bootId = 'boot-2';
    await loop.flush();
    expect(server.orders.has('a')).toBe(true);
    expect(syncRequests()).toHaveLength(2);
    expect((await db.orders.get('a'))?.sync.boot_id).toBe('boot-2');
  });

  it('finds the order a batch was refused for, keeps it aside and sends the others', async () => {
    await db.orders.bulkAdd([paidOrder('good'), paidOrder('bad', { queued_at: '2025-03-01T10:02:00.000Z' })]);
    server.route('POST', '/api/orders/sync', (body) => {
      const orders = (body as { orders: { uid: string; session_id: number }[] }).orders;
      if (orders.some((o) => o.uid === 'bad'))
        return json({ error: 'invalid_body', message: 'lines.0.qty is not a decimal' }, 400);
      return json({
        protocol: 1,
        boot_id: 'boot-1',
        results: orders.map((o) => ({
          uid: o.uid,
          status: 'created',
          order_id: 1,
          session_id: o.session_id,
        })),
      });
    });
    const status = await loop.flush();
    expect(status).toMatchObject({ waiting: 0, rejected: 1 });
    expect(await db.orders.get('bad')).toMatchObject({
      sync_state: 'rejected',
      sync: { last_error: 'lines.0.qty is not a decimal' },
    });
    expect((await db.orders.get('good'))?.sync_state).toBe('sent');
  });

  it('sends a customer made on the device before the order that needs its id', async () => {
    await db.localCustomers.add({
      uid: 'cust-1',
      id: null,
      shop_id: 1,
      state: 'waiting',
      updated_at: '2025-03-01T09:00:00.000Z',
      last_error: null,
      fields: {
        id: 0,
        name: 'Ada',
        email: null,
        phone: null,
        street: null,
        city: null,
        zip: null,
        country: null,
        tax_id: null,
        barcode: null,
        pricelist_id: null,
        fiscal_position_id: null,
      },
    });
    await db.orders.add(paidOrder('a', { customer_uid: 'cust-1' }));
    server.route('POST', '/api/shops/1/customers', (body) =>
      json({ customer: { ...(body as object), id: 77 } }),
    );
    await loop.flush();
    expect(server.orders.get('a')?.customer_id).toBe(77);
    expect(await db.localCustomers.get('cust-1')).toMatchObject({ id: 77, state: 'sent' });
  });

  it('an edit of a customer the server no longer has (404) is set aside and does not hold back the orders', async () => {
    await db.localCustomers.add({
      uid: 'cust-2',
      id: 5,
      shop_id: 1,
      state: 'waiting',
      updated_at: '2025-03-01T09:00:00.000Z',
      last_error: null,
      fields: {
        id: 5,
        name: 'Bea',
        email: null,
        phone: null,
        street: null,
        city: null,
        zip: null,
        country: null,
        tax_id: null,
        barcode: null,
        pricelist_id: null,
        fiscal_position_id: null,
      },
    });
    await db.orders.add(paidOrder('b'));
    server.route('PUT', '/api/customers/5', () =>
      json({ error: 'not_found', message: 'Customer 5 no longer exists on the server.' }, 404),
    );
    await loop.flush();
    expect((await db.orders.get('b'))?.sync_state).toBe('sent');
    expect(await db.localCustomers.get('cust-2')).toMatchObject({
      state: 'waiting',
      last_error: 'Customer 5 no longer exists on the server.',
    });
  });

  it('sends each shop its own batches (the server checks a batch against one shop)', async () => {
    await db.orders.bulkAdd([
      paidOrder('a'),
      paidOrder('b', { shop_id: 2, queued_at: '2025-03-01T10:01:00.000Z' }),
      paidOrder('c', { queued_at: '2025-03-01T10:02:00.000Z' }),
    ]);
    expect(await loop.flush()).toMatchObject({ waiting: 0 });
    expect(server.batches).toEqual([
      { shop_id: 1, uids: ['a', 'c'] },
      { shop_id: 2, uids: ['b'] },
    ]);
  });

  it('asks for a login when the server says the session expired', async () => {
    await db.orders.add(paidOrder('a'));
    server.route('POST', '/api/orders/sync', () =>
      json({ error: 'unauthenticated', message: 'Log in first.' }, 401),
    );
    expect(await loop.flush()).toMatchObject({ needsLogin: true, waiting: 1, online: true });
  });
});
