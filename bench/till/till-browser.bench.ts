import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { TillDataRecord } from '@till/core';
import { buildWebAppIfStale } from '../../packages/cli/src/commands/build-web.ts';
import { browserAvailable, newBrowser } from '../../e2e/support/browser.ts';
import { adminToken, startServer, type ServerProcess } from '../../e2e/support/server-process.ts';
import { ms, percentile, printTable } from '../table.ts';
import { installProbes, scanAndTime, typeAndTime, type PageGlobals } from './page-probes.ts';

const PASSWORD = 'bench-till-password';
const TILL_BIN = fileURLToPath(new URL('../../packages/cli/bin/till.js', import.meta.url));

/** `--products=N` / `--customers=M` on the command line, else BENCH_PRODUCTS / BENCH_CUSTOMERS. */
function size(name: 'products' | 'customers', fallback: number): number {
  const flag = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = flag?.split('=')[1] ?? process.env[`BENCH_${name.toUpperCase()}`];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number, got ${raw}`);
  return n;
}

function runTill(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TILL_BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`till ${args[0]}: ${out}`))));
  });
}

/** The demo's employees and PINs, as `till start` prints them once. */
function firstPin(output: string): { name: string; pin: string } {
  const m = /^\s+(.+?)\s{2,}(?:manager|cashier)\s+PIN (\d+)/m.exec(output);
  if (!m) throw new Error(`no PIN in the first start's output:\n${output}`);
  return { name: m[1]!.trim(), pin: m[2]! };
}

/** Barcodes of generated products (their ids follow the demo's), read from the till's own load. */
async function someBarcodes(url: string, token: string, count: number): Promise<string[]> {
  const res = await fetch(`${url}/api/shops/1/load`, { headers: { authorization: `Bearer ${token}` } });
  const found: string[] = [];
  for (const line of (await res.text()).split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as TillDataRecord;
    if (r.type !== 'products') continue;
    for (const p of r.items) {
      if (p.tracking === 'none' && p.uom !== 'kg' && p.barcodes[0] && p.name.startsWith('Product '))
        found.push(p.barcodes[0]);
      if (found.length === count) return found;
    }
  }
  throw new Error(`only ${found.length} generated products with a barcode; need ${count}`);
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  return used / 1024 / 1024;
}

const storageMb = (page: Page) =>
  page.evaluate(
    async () =>
      ((await (globalThis as unknown as PageGlobals).navigator.storage.estimate()).usage ?? NaN) /
      1024 /
      1024,
  );

/** Polls in the page (every animation frame) until the product grid answers `query` with tiles. */
async function gridAnswers(page: Page, query: string, timeout = 600_000): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const grid = (globalThis as unknown as PageGlobals).document.querySelector('.product-scroller');
      return grid?.getAttribute('data-query') === q && Number(grid.getAttribute('data-count')) > 0;
    },
    query,
    { polling: 'raf', timeout },
  );
}

const loadDone = (page: Page) =>
  page.waitForFunction(
    () => {
      const { document } = globalThis as unknown as PageGlobals;
      if (document.querySelector('.load-error')) throw new Error('the load stopped with an error');
      return !document.querySelector('[role=progressbar]') && document.querySelector('.product-tile');
    },
    undefined,
    { polling: 100, timeout: 900_000 },
  );

async function unlock(page: Page, who: { name: string; pin: string }): Promise<void> {
  await page.getByText('Who is selling?').waitFor({ timeout: 600_000 });
  await page.getByRole('button', { name: new RegExp(who.name) }).click();
  for (const d of who.pin) await page.getByRole('button', { name: d, exact: true }).click();
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** From `goto` to the sell screen answering a search, then to the whole catalog loaded. */
async function startTill(page: Page, url: string, who: { name: string; pin: string }, fresh: boolean) {
  const start = Date.now();
  if (fresh) {
    await page.goto(`${url}/pos/`);
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('button', { name: 'New Session' }).first().click();
    await page.getByRole('button', { name: 'Open session' }).click();
  } else {
    await page.reload();
  }
  await page
    .getByText(/Who is selling\?|Payment/)
    .first()
    .waitFor({ timeout: 600_000 });
  if (await page.getByText('Who is selling?').isVisible()) await unlock(page, who);
  await gridAnswers(page, '');
  await page.getByLabel('Search products').fill('product 7');
  await gridAnswers(page, 'product 7');
  const usable = Date.now() - start;
  await page.getByLabel('Search products').fill('');
  await loadDone(page);
  return { usable, loaded: Date.now() - start };
}

/** Runs the till in Chromium on a real server and prints what the cashier would feel. */
async function measure(context: BrowserContext, server: ServerProcess, token: string, sizes: string) {
  const who = firstPin(server.output());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const rows: Record<string, string | number>[] = [];
  const row = (what: string, median: string, p95 = '', n: number | string = 1) =>
    rows.push({ data: sizes, measure: what, 'median / value': median, p95, n });

  const first = await startTill(page, server.url, who, true);
  row('first start: navigation → till usable (grid + search), s', (first.usable / 1000).toFixed(1));
  row('first start: navigation → whole catalog loaded, s', (first.loaded / 1000).toFixed(1));
  const again = await startTill(page, server.url, who, false);
  row('reload (catalog on device): → till usable, s', (again.usable / 1000).toFixed(1));
  row('reload (catalog on device): → whole catalog loaded, s', (again.loaded / 1000).toFixed(1));
  row('JS heap used after loading, MB', (await heapMb(cdp)).toFixed(1));
  row('IndexedDB and caches (storage.estimate), MB', (await storageMb(page)).toFixed(1));

  await installProbes(page);
  const queries = ['product 4711', 'gen-2345', '5000000123', 'baguette', 'zzz'];
  const keys: number[] = [];
  const frames: number[] = [];
  for (const q of queries) {
    const t = await typeAndTime(page, q);
    keys.push(...t.commit);
    frames.push(...t.frame);
  }
  keys.sort((a, b) => a - b);
  frames.sort((a, b) => a - b);
  row(
    'search: key → result list updated, ms',
    ms(percentile(keys, 50)),
    ms(percentile(keys, 95)),
    keys.length,
  );
  row(
    'search: key → next frame painted, ms',
    ms(percentile(frames, 50)),
    ms(percentile(frames, 95)),
    frames.length,
  );

  const barcodes = await someBarcodes(server.url, token, 320);
  await page.keyboard.press('Escape');
  const build = await scanAndTime(page, barcodes.slice(0, 300));
  const adds = await scanAndTime(page, barcodes.slice(300));
  row(
    'scan → line added, order of 0 to 300 lines, ms',
    ms(percentile(build.commit, 50)),
    ms(percentile(build.commit, 95)),
    build.commit.length,
  );
  row(
    'scan → line added to an order of 300 lines, ms',
    ms(percentile(adds.commit, 50)),
    ms(percentile(adds.commit, 95)),
    adds.commit.length,
  );
  row(
    'scan → next frame, order of 300 lines, ms',
    ms(percentile(adds.frame, 50)),
    ms(percentile(adds.frame, 95)),
    adds.frame.length,
  );
  row('JS heap used with a 320-line order, MB', (await heapMb(cdp)).toFixed(1));
  row('IndexedDB and caches with the order, MB', (await storageMb(page)).toFixed(1));
  await page.screenshot({ path: join(process.cwd(), 'e2e', '.artifacts', 'bench-till-320-lines.png') });
  printTable('the till in Chromium (headless, this machine), on a real server (PGlite)', rows);
}

/**
 * The till in Chromium on a real `till start` server seeded with 100,000 products and 50,000
 * customers (`--products=N --customers=M` or BENCH_PRODUCTS / BENCH_CUSTOMERS): time until the
 * till is usable and until the catalog is in, search time per keystroke, time to add a line to an
 * order of 300 lines, JS heap and storage.
 */
export async function benchTill(): Promise<void> {
  if (!browserAvailable()) {
    console.log('\ntill: skipped, no Chromium at /usr/bin/chromium (set CHROMIUM_PATH)');
    return;
  }
  const products = size('products', 100_000);
  const customers = size('customers', 50_000);
  const io = { stdout: () => {}, stderr: (t: string) => console.error(t), readStdin: async () => '' };
  if (!(await buildWebAppIfStale('pos', io))) throw new Error('the till could not be built');
  const dir = mkdtempSync(join(tmpdir(), 'till-bench-'));
  const env = { TILL_DATA_DIR: dir, TILL_ADMIN_PASSWORD: PASSWORD };
  let server: ServerProcess | null = null;
  try {
    // The first start seeds the demo (shops, employees, PINs); the generated catalog comes after.
    const demo = await startServer(env);
    const output = demo.output();
    await demo.stop();
    const seedStart = Date.now();
    await runTill(['seed', '--products', String(products), '--customers', String(customers)], env);
    console.log(
      `\ntill: seeded ${products} products, ${customers} customers in ${((Date.now() - seedStart) / 1000).toFixed(0)} s`,
    );
    const started = await startServer(env);
    server = { ...started, output: () => output + started.output() };
    const token = await adminToken(server.url, PASSWORD);
    const { context, close } = await newBrowser();
    try {
      await measure(context, server, token, `${products / 1000}k products, ${customers / 1000}k customers`);
    } finally {
      await close();
    }
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
