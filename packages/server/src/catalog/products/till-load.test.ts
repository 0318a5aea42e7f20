import { describe, expect, it } from 'vitest';
import type { TillDataRecord } from '@till/core';
import { testDatabases } from '../../test/databases.ts';
import { sellingShop } from '../../test/selling-shop.ts';
import { useTestApp } from '../../test/test-app.ts';
import { expectCall } from '../crud-checks.ts';

const records = (body: string): TillDataRecord[] =>
  body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TillDataRecord);

describe.each(testDatabases())('catalog changes reach a till loading since a version, on %s', (kind) => {
  const t = useTestApp(kind);

  it('an edited product comes again; an archived and a deleted one come as removed', async () => {
    const shop = await sellingShop(t.current);
    await t.current.addUser({ login: 'admin', role: 'admin' });
    const admin = await t.current.login('admin');
    const extra = await expectCall(t.current, admin, 'POST', '/api/products', 201, {
      name: 'Spoon',
      list_price: '1',
    });
    const load = async (since?: string) => {
      const url = `/api/shops/${shop.shopId}/load${since ? `?since=${encodeURIComponent(since)}` : ''}`;
      const res = await t.current.call(shop.cashier, { method: 'GET', url });
      expect(res.statusCode).toBe(200);
      return records(res.body);
    };
    const first = await load();
    const version = first[0]!.type === 'meta' ? first[0]!.version : '';
    await new Promise((r) => setTimeout(r, 5));

    await expectCall(t.current, admin, 'PATCH', `/api/products/${shop.mug}`, 200, { list_price: '13.50' });
    await expectCall(t.current, admin, 'PATCH', `/api/products/${shop.phone}`, 200, { active: false });
    await expectCall(t.current, admin, 'DELETE', `/api/products/${extra.id}`, 204);

    const changed = await load(version);
    const products = changed.flatMap((r) => (r.type === 'products' ? r.items : []));
    expect(products.map((p) => [p.id, p.list_price])).toEqual([[shop.mug, '13.5']]);
    const removed = changed.find((r) => r.type === 'removed');
    expect(removed?.type === 'removed' && [...removed.products].sort((a, b) => a - b)).toEqual(
      [shop.phone, extra.id as number].sort((a, b) => a - b),
    );
    const meta = changed[0]!;
    expect(meta.type === 'meta' && meta.version > version).toBe(true);

    // and since the new version: nothing more
    const again = await load(meta.type === 'meta' ? meta.version : '');
    expect(again.flatMap((r) => (r.type === 'products' ? r.items : []))).toEqual([]);
    const none = again.find((r) => r.type === 'removed');
    expect(none?.type === 'removed' && none.products).toEqual([]);
  });
});
