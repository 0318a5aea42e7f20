import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TillDataRecord } from '@till/core';
import { products } from '../db/schema/index.ts';
import { testDatabases } from '../test/databases.ts';
import { sellingShop } from '../test/selling-shop.ts';
import { useTestApp } from '../test/test-app.ts';

const records = (body: string): TillDataRecord[] =>
  body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TillDataRecord);

describe.each(testDatabases())('loading a till on %s', (kind) => {
  const t = useTestApp(kind);

  it('one request: meta with the totals first, then everything a till needs, archived products left out', async () => {
    const shop = await sellingShop(t.current);
    const res = await t.current.call(shop.cashier, { method: 'GET', url: `/api/shops/${shop.shopId}/load` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const all = records(res.body);
    expect(all.map((r) => r.type)).toEqual(
      [
        'meta',
        'shop',
        'categories',
        'taxes',
        'fiscal_positions',
        'pricelists',
        'payment_methods',
        'employees',
        'products',
        'customers',
        'end',
      ].filter((x) => x !== 'customers'),
    );
    expect(all[0]).toMatchObject({
      type: 'meta',
      format: 1,
      products_total: 2,
      customers_total: 0,
      since: null,
    });
    const productRecord = all.find((r) => r.type === 'products');
    expect(
      productRecord?.type === 'products' && productRecord.items.map((p) => [p.name, p.list_price, p.tax_ids]),
    ).toEqual([
      ['Mug', '12', [shop.vat]],
      ['Phone', '300', [shop.vat]],
    ]);
    const emps = all.find((r) => r.type === 'employees');
    expect(emps?.type === 'employees' && emps.items.map((e) => e.name)).toEqual(['Ella', 'Marc']);
    const methods = all.find((r) => r.type === 'payment_methods');
    expect(methods?.type === 'payment_methods' && methods.items.map((m) => m.kind)).toEqual(['cash', 'bank']);
  });

  it('compressed with gzip when the till accepts it', async () => {
    const shop = await sellingShop(t.current);
    const res = await t.current.call(shop.cashier, {
      method: 'GET',
      url: `/api/shops/${shop.shopId}/load`,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(records(gunzipSync(res.rawPayload).toString('utf8')).at(-1)).toMatchObject({ type: 'end' });
  });

  it('since a version: only what changed after it, and what was removed', async () => {
    const shop = await sellingShop(t.current);
    const first = records(
      (await t.current.call(shop.cashier, { method: 'GET', url: `/api/shops/${shop.shopId}/load` })).body,
    );
    const version = first[0]!.type === 'meta' ? first[0]!.version : '';
    await new Promise((r) => setTimeout(r, 20));
    const db = t.current.handle.db;
    await db.transaction(async (tx) => {
      await tx
        .update(products)
        .set({ list_price: '13', updated_at: new Date() })
        .where(eq(products.id, shop.mug));
      await tx
        .update(products)
        .set({ active: false, updated_at: new Date() })
        .where(eq(products.id, shop.phone));
    });
    const res = await t.current.call(shop.cashier, {
      method: 'GET',
      url: `/api/shops/${shop.shopId}/load?since=${encodeURIComponent(version)}`,
    });
    const changes = records(res.body);
    expect(changes[0]).toMatchObject({ type: 'meta', products_total: 1, since: version });
    const changed = changes.find((r) => r.type === 'products');
    expect(changed?.type === 'products' && changed.items.map((p) => [p.name, p.list_price])).toEqual([
      ['Mug', '13'],
    ]);
    expect(changes.find((r) => r.type === 'removed')).toMatchObject({
      products: [shop.phone],
      customers: [],
    });
  });

  it('a cashier of another shop cannot load this one', async () => {
    const shop = await sellingShop(t.current);
    const other = await t.current.addShop('Elsewhere');
    await t.current.addUser({ login: 'stranger', role: 'cashier', shopIds: [other] });
    const stranger = await t.current.login('stranger');
    const res = await t.current.call(stranger, { method: 'GET', url: `/api/shops/${shop.shopId}/load` });
    expect(res.statusCode).toBe(403);
  });
});
