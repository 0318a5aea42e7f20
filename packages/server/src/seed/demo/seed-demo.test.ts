import { count, eq } from 'drizzle-orm';
import { hasValidCheckDigit, parseBarcode } from '@till/core';
import { describe, expect, it } from 'vitest';
import {
  employees,
  productBarcodes,
  products,
  pricelistRules,
  diningTables,
  customers,
} from '../../db/schema/index.ts';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { seedGeneratedCatalog } from '../generated-catalog.ts';
import { seedDemo, type DemoReport } from './seed-demo.ts';

describe.each(testDatabases())('demo data on %s', (kind) => {
  const t = useTestApp(kind);

  it('seeds shops, ~150 products with valid barcodes, people, and logins that work', async () => {
    const { app, handle } = t.current;
    const db = handle.db;
    const report = (await seedDemo(db, { adminPassword: 'the admin password' })) as DemoReport;
    expect(report.shops).toEqual(['Boutique', 'Restaurant']);
    expect(report.products).toBeGreaterThanOrEqual(140);

    const barcodes = await db
      .select({ barcode: productBarcodes.barcode, uom: products.uom })
      .from(productBarcodes)
      .innerJoin(products, eq(products.id, productBarcodes.product_id));
    expect(barcodes).toHaveLength(report.products);
    for (const { barcode, uom } of barcodes) {
      expect(barcode).toMatch(/^\d{13}$/);
      expect(hasValidCheckDigit(barcode)).toBe(true);
      if (uom === 'kg') expect(barcode).toMatch(/^21\d{5}00000\d$/);
    }
    const weighed = barcodes.find((b) => b.uom === 'kg')!.barcode;
    const parsed = parseBarcode(weighed); // a scale label's base code is the product's barcode
    expect(parsed.ok && { type: parsed.value.type, base: parsed.value.base_code }).toEqual({
      type: 'weight',
      base: weighed,
    });
    const trackings = await db
      .select({ tracking: products.tracking, n: count() })
      .from(products)
      .groupBy(products.tracking);
    expect(trackings.map((r) => r.tracking).sort()).toEqual(['lot', 'none', 'serial']);
    expect((await db.select({ n: count() }).from(pricelistRules))[0]!.n).toBeGreaterThanOrEqual(4);
    expect((await db.select({ n: count() }).from(diningTables))[0]!.n).toBe(12);
    expect((await db.select({ n: count() }).from(customers))[0]!.n).toBe(30);
    expect(report.employees).toHaveLength(4);

    const admin = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'admin', password: 'the admin password' },
    });
    expect(admin.statusCode).toBe(200);
    const cashierLogin = report.logins.find((l) => l.login === 'cashier')!;
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'cashier', password: cashierLogin.password },
    });
    const cookie = `till_session=${res.cookies[0]!.value}`;
    const csrf = res.json<{ csrf_token: string }>().csrf_token;
    const shops = await app.inject({ method: 'GET', url: '/api/shops', headers: { cookie } });
    const boutique = shops.json<{ id: number; name: string; payment_method_ids: number[] }[]>();
    expect(boutique.map((s) => s.name)).toEqual(['Boutique']);
    expect(boutique[0]!.payment_method_ids).toHaveLength(3);

    const lucas = report.employees.find((e) => e.name === 'Lucas Bernard')!;
    const [lucasRow] = await db
      .select({ id: employees.id })
      .from(employees)
      .where(eq(employees.name, lucas.name));
    const pin = await app.inject({
      method: 'POST',
      url: `/api/shops/${boutique[0]!.id}/employee-login`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { employee_id: lucasRow!.id, pin: lucas.pin },
    });
    expect(pin.json()).toMatchObject({ ok: true, employee: { name: 'Lucas Bernard', role: 'cashier' } });

    expect(await seedDemo(db)).toMatchObject({ kind: 'not_empty' });
  });

  it('generates a large catalog in batches, barcodes unique and valid', async () => {
    const db = t.current.handle.db;
    const progress: number[] = [];
    await seedGeneratedCatalog(db, {
      products: 2_345,
      customers: 10,
      batchSize: 1_000,
      onProgress: (d) => progress.push(d.products),
    });
    expect(progress).toEqual([1_000, 2_000, 2_345, 2_345]);
    const rows = await db.select({ barcode: productBarcodes.barcode }).from(productBarcodes);
    expect(new Set(rows.map((r) => r.barcode)).size).toBe(2_345);
    expect(rows.every((r) => hasValidCheckDigit(r.barcode))).toBe(true);
  });
});
