import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { replaceCheckDigit, type TillDataRecord } from '@till/core';
import { browserAvailable, newBrowser } from './support/browser.ts';
import { adminToken, startServer, type ServerProcess } from './support/server-process.ts';
import { demoPin, logIn, unlock } from './support/till-page.ts';

const PASSWORD = 'till-day-password';
const shots = join(process.cwd(), 'e2e', '.artifacts');

async function sell(page: Page, product: string, paid: string): Promise<void> {
  await page.getByLabel('Search products').fill(product);
  await page
    .getByRole('button', { name: new RegExp(`^${product}`) })
    .first()
    .click();
  await page.getByLabel('Search products').fill('');
  await page.getByRole('button', { name: 'Payment' }).click();
  await page.getByRole('button', { name: /Cash/ }).first().click();
  await page.keyboard.type(paid);
  await page.getByRole('button', { name: 'Validate' }).click();
  await page.getByRole('button', { name: 'New Order' }).click();
}

/** The demo catalog as the till loads it, to pick a weighed product and a customer. */
async function loadDemo(url: string, token: string): Promise<TillDataRecord[]> {
  const res = await fetch(`${url}/api/shops/1/load`, { headers: { authorization: `Bearer ${token}` } });
  return (await res.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TillDataRecord);
}

describe.runIf(browserAvailable())('a day at the till, in Chromium, on a real server', () => {
  let server: ServerProcess;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'till-day-'));

  beforeAll(async () => {
    server = await startServer({ TILL_DATA_DIR: dir, TILL_ADMIN_PASSWORD: PASSWORD });
    token = await adminToken(server.url, PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const orders = async () => {
    const res = await fetch(`${server.url}/api/orders?shop_id=1&limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await res.json()) as { items: { receipt_number: string; total_included: string }[] }).items;
  };

  it('opens, sells, keeps selling offline through a reload, every order reaches the server once, refunds, cash out, closes', async () => {
    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await logIn(page, `${server.url}/pos/`, PASSWORD);
      await page.getByText('Choose a shop').waitFor();
      await page.getByRole('button', { name: 'New Session' }).first().click();
      await page.getByText('Opening cash control').waitFor();
      await page.getByRole('button', { name: 'Open session' }).click();
      await page.getByText('Who is selling?').waitFor({ timeout: 60_000 });
      await page.screenshot({ path: join(shots, 'till-lock.png') });
      await unlock(page, demoPin(server.output(), 'Claire'));

      await sell(page, 'Baguette', '5');
      await page.screenshot({ path: join(shots, 'till-sell.png') });
      await expect.poll(async () => (await orders()).length, { timeout: 20_000 }).toBe(1);

      // The service worker has cached the app: from now on the till starts without the network.
      await page.evaluate(async () => {
        type Workers = {
          ready: Promise<unknown>;
          controller: unknown;
          addEventListener(t: string, f: () => void, o: object): void;
        };
        const { navigator } = globalThis as unknown as { navigator: { serviceWorker: Workers } };
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise<void>((r) =>
            navigator.serviceWorker.addEventListener('controllerchange', () => r(), { once: true }),
          );
        }
      });
      await context.setOffline(true);
      await sell(page, 'Croissant', '2');
      await sell(page, 'Baguette', '2');
      await page.reload();
      await page
        .getByText(/Who is selling\?|Payment/)
        .first()
        .waitFor({ timeout: 30_000 });
      await page.screenshot({ path: join(shots, 'till-offline-reload.png') });
      expect((await orders()).length).toBe(1);
      await context.setOffline(false);
      await expect.poll(async () => (await orders()).length, { timeout: 60_000 }).toBe(3);
      const receipts = (await orders()).map((o) => o.receipt_number);
      expect(new Set(receipts).size).toBe(3);

      // Unlock again after the reload, refund one baguette of the first sale, take cash out, close.
      if (await page.getByText('Who is selling?').isVisible())
        await unlock(page, demoPin(server.output(), 'Claire'));
      await page.getByRole('button', { name: 'Payment' }).waitFor();
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('menuitem', { name: 'Orders' }).click();
      const first = receipts.sort()[0]!; // the first sale: a baguette
      await page.getByLabel('Receipt number').fill(first);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('row').filter({ hasText: first }).first().click();
      await page.getByRole('button', { name: /^One more Baguette/ }).click();
      await page.getByRole('button', { name: /^Refund 1 line/ }).click();
      await page.getByRole('button', { name: 'Payment' }).click();
      await page.getByRole('button', { name: /Cash/ }).first().click();
      await page.getByRole('button', { name: 'Validate' }).click();
      await page.getByRole('button', { name: 'New Order' }).click();
      await expect.poll(async () => (await orders()).length, { timeout: 30_000 }).toBe(4);

      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('menuitem', { name: 'Cash in / out' }).click();
      await page.getByRole('radio', { name: 'Cash out' }).click();
      await page.getByLabel('Amount').fill('10');
      await page.getByLabel('Reason').fill('Window cleaner');
      await page.getByRole('button', { name: 'Confirm' }).click();

      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('menuitem', { name: 'Close session' }).click();
      await page.getByText('Closing control').waitFor();
      await page.getByLabel('Counted Cash').fill('0');
      await page.screenshot({ path: join(shots, 'till-closing.png') });
      await page.getByRole('button', { name: 'Close Session' }).click();
      await page.getByRole('button', { name: 'Close with this difference' }).click();
      await page.getByText('Choose a shop').waitFor();
      const sessions = await fetch(`${server.url}/api/shops/1/sessions`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(((await sessions.json()) as { state: string }[])[0]!.state).toBe('closed');
    } finally {
      await close();
    }
  }, 180_000);

  /** Logs in, opens or continues the Boutique's session (whatever an earlier test left), unlocks as Claire. */
  const sellAsClaire = async (page: Page) => {
    await logIn(page, `${server.url}/pos/`, PASSWORD);
    await page
      .getByRole('button', { name: /New Session|Continue Selling/ })
      .first()
      .click();
    const opening = page.getByRole('button', { name: 'Open session' });
    await opening.or(page.getByText('Who is selling?')).first().waitFor({ timeout: 60_000 });
    if (await opening.isVisible()) await opening.click();
    await page.getByText('Who is selling?').waitFor({ timeout: 60_000 });
    await unlock(page, demoPin(server.output(), 'Claire'));
  };

  it('sells with a line discount, a note, a customer, a weighed barcode and a split payment with change', async () => {
    const demo = await loadDemo(server.url, token);
    const products = demo.flatMap((r) => (r.type === 'products' ? r.items : []));
    const weighed = products.find((p) => p.uom === 'kg' && p.barcodes.some((b) => b.startsWith('21')))!;
    const base = weighed.barcodes.find((b) => b.startsWith('21'))!;
    const scanned = replaceCheckDigit(`${base.slice(0, 7)}01500${base.slice(12)}`); // 1.500 kg
    const customer = demo.flatMap((r) => (r.type === 'customers' ? r.items : []))[0]!;
    const before = (await orders()).length;

    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await sellAsClaire(page);

      await page.getByLabel('Search products').fill('Baguette');
      await page
        .getByRole('button', { name: /^Baguette/ })
        .first()
        .click();
      await page.getByLabel('Search products').fill('');
      await page.getByRole('button', { name: '% Disc' }).click();
      await page.keyboard.type('10');
      await page.getByRole('button', { name: 'Note', exact: true }).click();
      await page.getByLabel('Note for the customer').fill('No bag, please');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.evaluate(() =>
        (
          globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }
        ).document.activeElement?.blur?.(),
      );
      await page.keyboard.type(scanned, { delay: 5 });
      await page.keyboard.press('Enter');
      await page.getByText(weighed.name).first().waitFor();
      await page
        .getByRole('button', { name: /Customer/ })
        .first()
        .click();
      await page.getByLabel('Search customers').fill(customer.name);
      await page
        .getByRole('button', { name: new RegExp(customer.name) })
        .first()
        .click();
      await page.screenshot({ path: join(shots, 'till-cart.png') });

      await page.getByRole('button', { name: 'Payment' }).click();
      await page.getByRole('button', { name: /Card/ }).click();
      await page.keyboard.type('1');
      await page.getByRole('button', { name: /Cash/ }).first().click();
      await page.getByRole('button', { name: '+20' }).click();
      await page.screenshot({ path: join(shots, 'till-payment.png') });
      await page.getByRole('button', { name: 'Validate' }).click();
      await page.getByRole('button', { name: 'New Order' }).waitFor();
      await page.screenshot({ path: join(shots, 'till-receipt.png') });

      await expect.poll(async () => (await orders()).length, { timeout: 30_000 }).toBe(before + 1);
      const list = await fetch(`${server.url}/api/orders?shop_id=1&limit=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const id = ((await list.json()) as { items: { id: number }[] }).items[0]!.id;
      const order = (await (
        await fetch(`${server.url}/api/orders/${id}`, { headers: { authorization: `Bearer ${token}` } })
      ).json()) as {
        customer_id: number;
        review_state: string;
        flags: unknown[];
        change: string;
        lines: { product_name: string; qty: string; discount: string; customer_note: string }[];
        payments: { amount: string; is_change: boolean }[];
      };
      expect(order.customer_id).toBe(customer.id);
      expect(order.flags).toEqual([]);
      expect(
        order.lines.map((l) => [l.product_name, Number(l.qty), Number(l.discount), l.customer_note]),
      ).toEqual([
        ['Baguette', 1, 10, 'No bag, please'],
        [weighed.name, 1.5, 0, ''],
      ]);
      expect(order.payments.filter((p) => !p.is_change).map((p) => Number(p.amount))).toEqual([1, 20]);
      expect(Number(order.change)).toBeGreaterThan(0);
    } finally {
      await close();
    }
  }, 180_000);

  it('creates a customer offline, sells to them, and both reach the server once back online', async () => {
    const name = `Zoé O'Hara ${Date.now()}`;
    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await sellAsClaire(page);
      await context.setOffline(true);
      await page
        .getByRole('button', { name: /Customer/ })
        .first()
        .click();
      await page.getByLabel('Search customers').fill(name);
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByLabel('Email').fill('zoe@example.com');
      await page.getByRole('button', { name: 'Save and set on the order' }).click();
      await page.getByText(name).first().waitFor();
      await page.screenshot({ path: join(shots, 'till-offline-customer.png') });
      await sell(page, 'Croissant', '5');
      await context.setOffline(false);

      const customers = async () => {
        const res = await fetch(`${server.url}/api/customers?q=${encodeURIComponent(name)}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await res.json()) as { items: { id: number; email: string | null }[] }).items;
      };
      await expect.poll(async () => (await customers()).length, { timeout: 30_000 }).toBe(1);
      const [customer] = await customers();
      expect(customer!.email).toBe('zoe@example.com');
      const sold = async () => {
        const res = await fetch(`${server.url}/api/orders?customer=${encodeURIComponent(name)}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await res.json()) as { items: { id: number }[] }).items;
      };
      await expect.poll(async () => (await sold()).length, { timeout: 30_000 }).toBe(1);
      const order = (await (
        await fetch(`${server.url}/api/orders/${(await sold())[0]!.id}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as { customer_id: number; flags: unknown[] };
      expect(order.customer_id).toBe(customer!.id);
      expect(order.flags).toEqual([]);
    } finally {
      await close();
    }
  }, 180_000);
});
