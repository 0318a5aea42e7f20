import 'fake-indexeddb/auto';
import type { TillDataRecord } from '@till/core';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpClient } from '../api/http.ts';
import { createTillApi } from '../api/till-api.ts';
import { Catalog } from '../catalog/catalog.ts';
import { readDevice, writeDevice } from '../db/device-state.ts';
import { TillDb } from '../db/till-db.ts';
import { SHOP } from '../test-support/fixtures.ts';
import { product } from '../test-support/catalog-fixture.ts';
import { loadTillData, type LoadProgress } from './load-till-data.ts';

const db = new TillDb('load-test');
afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

/** A load answered as a stream, one chunk per record, like the server's NDJSON. */
function streamingApi(records: readonly TillDataRecord[], options: { cutAfter?: number } = {}) {
  const seen: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    seen.push(String(input));
    const encoder = new TextEncoder();
    let next = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (options.cutAfter !== undefined && next >= options.cutAfter)
          return controller.error(new TypeError('network error'));
        if (next >= records.length) return controller.close();
        controller.enqueue(encoder.encode(`${JSON.stringify(records[next++])}\n`));
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'application/x-ndjson' } });
  };
  return { api: createTillApi(new HttpClient({ fetch: fetchImpl })), seen };
}

const meta = (since: string | null, products: number): TillDataRecord => ({
  type: 'meta',
  format: 1,
  version: 'v2',
  since,
  products_total: products,
  customers_total: 0,
});
const FULL: TillDataRecord[] = [
  meta(null, 3),
  { type: 'shop', shop: SHOP },
  { type: 'taxes', items: [] },
  { type: 'employees', items: [{ id: 1, name: 'Ada', role: 'manager', badge: null }] },
  { type: 'products', items: [product(1), product(2)] },
  { type: 'products', items: [product(3)] },
  { type: 'end', version: 'v2' },
];

describe('loadTillData', () => {
  it('stores every record, reports progress, and is ready from the first page of products', async () => {
    const { api } = streamingApi(FULL);
    const catalog = new Catalog();
    const progress: LoadProgress[] = [];
    const outcome = await loadTillData({
      api,
      db,
      shopId: 1,
      since: null,
      onRecord: (r) => catalog.apply(r),
      onProgress: (p) => progress.push(p),
    });
    expect(outcome).toEqual({ ok: true, version: 'v2', full: true });
    expect(await db.products.count()).toBe(3);
    expect(catalog.products.size).toBe(3);
    expect(await readDevice(db, 'loaded')).toEqual({ shop_id: 1, version: 'v2', complete: true });
    const firstReady = progress.find((p) => p.ready)!;
    expect(firstReady).toMatchObject({ products_loaded: 2, products_total: 3, done: false });
    expect(progress.at(-1)).toMatchObject({ products_loaded: 3, done: true });
  });

  it('asks for what changed since the last complete load and applies removals', async () => {
    await db.products.bulkPut([product(1), product(2)]);
    const { api, seen } = streamingApi([
      meta('v1', 1),
      { type: 'products', items: [product(2, { name: 'Renamed' })] },
      { type: 'removed', products: [1], customers: [] },
      { type: 'end', version: 'v2' },
    ]);
    const outcome = await loadTillData({
      api,
      db,
      shopId: 1,
      since: 'v1',
      onRecord: () => {},
      onProgress: () => {},
    });
    expect(outcome).toMatchObject({ ok: true, full: false });
    expect(seen[0]).toBe('/api/shops/1/load?since=v1');
    expect((await db.products.toArray()).map((p) => p.name)).toEqual(['Renamed']);
  });

  it('a load cut off midway does not record a version (next time loads everything again)', async () => {
    await writeDevice(db, 'loaded', { shop_id: 1, version: 'v1', complete: true });
    const { api } = streamingApi(FULL, { cutAfter: 5 });
    const outcome = await loadTillData({
      api,
      db,
      shopId: 1,
      since: null,
      onRecord: () => {},
      onProgress: () => {},
    });
    expect(outcome).toMatchObject({ ok: false, offline: true });
    expect(await readDevice(db, 'loaded')).toBeUndefined();
  });

  it('refuses a stream that is not till data, saying why', async () => {
    const { api } = streamingApi([{ type: 'meta', format: 2 } as unknown as TillDataRecord]);
    const outcome = await loadTillData({
      api,
      db,
      shopId: 1,
      since: null,
      onRecord: () => {},
      onProgress: () => {},
    });
    expect(outcome).toMatchObject({ ok: false, offline: false });
    if (!outcome.ok) expect(outcome.error).toMatch(/load format 2/);
  });
});
