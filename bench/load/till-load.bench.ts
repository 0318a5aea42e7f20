import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { inArray, sql } from 'drizzle-orm';
import type { TillDataRecord } from '@till/core';
import { seedGeneratedCatalog } from '@till/server';
import type { DatabaseKind } from '@till/server/db/database.ts';
import { customers, products } from '@till/server/db/schema/index.ts';
import { sellingShop } from '@till/server/test/selling-shop.ts';
import { createTestApp, type TestSession } from '@till/server/test/test-app.ts';
import { printTable } from '../table.ts';

interface Fetched {
  readonly ttfbMs: number;
  readonly totalMs: number;
  readonly gzipBytes: number;
  readonly rawBytes: number;
  readonly records: number;
  readonly peakRssMb: number;
  /** The meta record's version: what a till passes back as `since`. */
  readonly version: string;
}

/**
 * One GET over real HTTP (a till's request: cookie, gzip): time to the first byte of the body,
 * to the last, bytes on the wire, and the records (products + customers + employees) it held.
 */
function fetchLoad(port: number, path: string, session: TestSession): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let ttfb = 0;
    let peakRss = process.memoryUsage.rss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
    const chunks: Buffer[] = [];
    const req = httpRequest(
      { port, path, headers: { cookie: session.cookie, 'accept-encoding': 'gzip' } },
      (res) => {
        if (res.statusCode !== 200) reject(new Error(`load ${res.statusCode}`));
        res.on('data', (c: Buffer) => {
          if (ttfb === 0) ttfb = performance.now() - start;
          chunks.push(c);
        });
        res.on('end', () => {
          const totalMs = performance.now() - start;
          clearInterval(sampler);
          const gz = Buffer.concat(chunks);
          const raw = res.headers['content-encoding'] === 'gzip' ? gunzipSync(gz) : gz;
          let records = 0;
          let version = '';
          for (const line of raw.toString('utf8').split('\n')) {
            if (!line) continue;
            const r = JSON.parse(line) as TillDataRecord;
            if (r.type === 'meta') version = r.version;
            if (r.type === 'products' || r.type === 'customers' || r.type === 'employees')
              records += r.items.length;
          }
          resolve({
            ttfbMs: ttfb,
            totalMs,
            gzipBytes: gz.length,
            rawBytes: raw.length,
            records,
            peakRssMb: peakRss / 2 ** 20,
            version,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function loadRun(kind: DatabaseKind, productCount: number, customerCount: number, edits: number) {
  const t = await createTestApp(kind);
  try {
    const shop = await sellingShop(t);
    const seedStart = performance.now();
    await seedGeneratedCatalog(t.handle.db, { products: productCount, customers: customerCount });
    const seedSeconds = (performance.now() - seedStart) / 1000;
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const url = `/api/shops/${shop.shopId}/load`;
    await fetchLoad(port, url, shop.cashier); // warm-up: plans, caches, JIT
    const full = await fetchLoad(port, url, shop.cashier);
    await new Promise((r) => setTimeout(r, 10));
    // `edits` changes after that version: half products (a price), half customers (a phone).
    const half = Math.floor(edits / 2);
    await t.handle.db.transaction(async (tx) => {
      const ps = await tx
        .select({ id: products.id })
        .from(products)
        .orderBy(sql`random()`)
        .limit(edits - half);
      await tx
        .update(products)
        .set({ list_price: sql`${products.list_price} + 1`, updated_at: sql`clock_timestamp()` })
        .where(
          inArray(
            products.id,
            ps.map((p) => p.id),
          ),
        );
      const cs = await tx
        .select({ id: customers.id })
        .from(customers)
        .orderBy(sql`random()`)
        .limit(half);
      await tx
        .update(customers)
        .set({ phone: '+33 9 99 99 99 99', updated_at: sql`clock_timestamp()` })
        .where(
          inArray(
            customers.id,
            cs.map((c) => c.id),
          ),
        );
    });
    const since = await fetchLoad(port, `${url}?since=${encodeURIComponent(full.version)}`, shop.cashier);
    return { seedSeconds, full, since };
  } finally {
    await t.app.close();
    await t.handle.close();
  }
}

/** `--name=N` on the command line, else the environment variable, else the default. */
function size(flag: string, env: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  const value = Number(arg ? arg.split('=')[1] : (process.env[env] ?? fallback));
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${flag} / ${env}: a whole number, got ${value}`);
  return value;
}

/**
 * Loading a till (`GET /api/shops/:id/load`, gzip, over real HTTP on 127.0.0.1) with a large
 * catalog: the full load, then a `since` load after 100 edits (half products, half customers),
 * on PGlite and, with TEST_DATABASE_URL, PostgreSQL. Sizes: --products=N --customers=M (or
 * BENCH_PRODUCTS / BENCH_CUSTOMERS; default 100,000 and 50,000, the figures).
 */
export async function benchLoad(): Promise<void> {
  const productCount = size('products', 'BENCH_PRODUCTS', 100_000);
  const customerCount = size('customers', 'BENCH_CUSTOMERS', 50_000);
  const edits = 100;
  const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
  const rows = [];
  for (const kind of kinds) {
    const r = await loadRun(kind, productCount, customerCount, edits);
    for (const [load, f] of [
      ['full', r.full],
      [`since (${edits} edits)`, r.since],
    ] as const) {
      rows.push({
        database: kind,
        data: `${productCount.toLocaleString('en')} p + ${customerCount.toLocaleString('en')} c`,
        load,
        records: f.records.toLocaleString('en'),
        'first byte ms': f.ttfbMs.toFixed(0),
        'total ms': f.totalMs.toFixed(0),
        'gzip KB': (f.gzipBytes / 1024).toFixed(0),
        'raw KB': (f.rawBytes / 1024).toFixed(0),
        'records/s': Math.round(f.records / (f.totalMs / 1000)).toLocaleString('en'),
        'peak RSS MB': f.peakRssMb.toFixed(0),
      });
    }
    console.log(`(${kind}: seeding took ${r.seedSeconds.toFixed(1)} s)`);
  }
  printTable(
    'loading a till: GET /api/shops/:id/load, gzip, HTTP on 127.0.0.1 (server and client in one process)',
    rows,
  );
}
