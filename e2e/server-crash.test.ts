import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { formatReceiptNumber, type SyncOrder, type SyncResponse } from '@till/core';
import { adminToken, startServer, type ServerProcess } from './support/server-process.ts';

const PASSWORD = 'crash-test-password';

/** Baguettes (demo product 1, 1.20 with VAT 5.5 % included), paid in cash. */
function order(session: number, seq: number): SyncOrder {
  const uid = `crash-${session}-${seq}-${Math.random().toString(36).slice(2, 10)}`;
  return {
    uid,
    session_id: session,
    login_number: 1,
    sequence: seq,
    receipt_number: formatReceiptNumber({ sessionId: session, loginNumber: 1, sequence: seq }),
    state: 'paid',
    sold_at: new Date().toISOString(),
    employee_id: null,
    customer_id: null,
    pricelist_id: null,
    fiscal_position_id: null,
    global_discount: '0',
    note: '',
    lines: [
      {
        uid: `${uid}-l`,
        product_id: 1,
        qty: '1',
        price_unit: '1.20',
        discount: '0',
        tax_ids: [],
        price_manually_set: false,
        customer_note: '',
        lots: [],
        refunded_line_uid: null,
      },
    ],
    payments: [{ method_id: 1, amount: '1.20' }],
    totals: {
      total_excluded: '1.14',
      total_tax: '0.06',
      total_included: '1.20',
      total_due: '1.20',
      paid: '1.20',
      change: '0.00',
    },
  };
}

/** PGlite in a folder, and PostgreSQL (a database made for the test) when TEST_DATABASE_URL is set. */
const storages = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];

describe.each(storages)('a server on %s killed in the middle of a batch', (storage) => {
  let server: ServerProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'till-crash-'));
  const dbName = `till_crash_${process.pid}_${Date.now()}`;
  const admin =
    storage === 'postgresql'
      ? postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
      : undefined;
  afterEach(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
    if (admin) {
      await admin.unsafe(`drop database if exists "${dbName}" with (force)`);
      await admin.end({ timeout: 5 });
    }
  });

  it('loses nothing acknowledged and duplicates nothing re-sent', async () => {
    let databaseUrl = '';
    if (admin) {
      await admin.unsafe(`create database "${dbName}"`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${dbName}`;
      databaseUrl = url.toString();
    }
    const env = {
      TILL_DATA_DIR: dir,
      TILL_ADMIN_PASSWORD: PASSWORD,
      TILL_NO_BUILD: '1',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    server = await startServer(env);
    let token = await adminToken(server.url, PASSWORD);
    const api = (url: string, path: string, body?: unknown) =>
      fetch(`${url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const opened = (await (await api(server.url, '/api/shops/1/sessions', { opening_cash: '0' })).json()) as {
      session: { id: number };
    };
    const session = opened.session.id;
    const orders = Array.from({ length: 400 }, (_, i) => order(session, i + 1));
    const batches = Array.from({ length: 40 }, (_, b) => orders.slice(b * 10, b * 10 + 10));

    // Send batches one after the other; kill the server while they are in flight.
    const acknowledged = new Set<string>();
    const url = server.url;
    const sending = (async () => {
      for (const batch of batches) {
        try {
          const res = await api(url, '/api/orders/sync', { protocol: 1, shop_id: 1, orders: batch });
          const body = (await res.json()) as SyncResponse;
          for (const r of body.results) acknowledged.add(r.uid);
        } catch {
          return; // the server is gone
        }
      }
    })();
    while (acknowledged.size < 100) await new Promise((r) => setTimeout(r, 5));
    await server.kill();
    await sending;
    expect(acknowledged.size).toBeGreaterThanOrEqual(100);
    expect(acknowledged.size).toBeLessThan(400);

    // Restart on the same folder (the dead server's lock is stale), re-send everything.
    server = await startServer({ ...env, TILL_NO_SEED: '1' });
    token = await adminToken(server.url, PASSWORD);
    const results: SyncResponse['results'][number][] = [];
    for (const batch of batches) {
      const res = await api(server.url, '/api/orders/sync', { protocol: 1, shop_id: 1, orders: batch });
      results.push(...((await res.json()) as SyncResponse).results);
    }
    for (const r of results) {
      if (acknowledged.has(r.uid)) expect(r.status, `acknowledged ${r.uid} was lost`).toBe('already_known');
    }
    const listed = (await (await api(server.url, `/api/orders?session_id=${session}&limit=1`)).json()) as {
      total: number;
    };
    expect(listed.total).toBe(400);
  }, 240_000);
});
