import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, newBrowser } from './support/browser.ts';
import { adminToken, startServer, type ServerProcess } from './support/server-process.ts';
import { demoPin, logIn, unlock } from './support/till-page.ts';

const PASSWORD = 'backoffice-config-password';
const shots = join(process.cwd(), 'e2e', '.artifacts');

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `config-${name}.png`), fullPage: true });
}

/** The message shown under a labelled input (its aria-describedby). */
async function messageUnder(page: Page, label: string): Promise<string> {
  const input = page.getByLabel(label, { exact: true });
  const id = await input.getAttribute('aria-describedby');
  if (!id) return '';
  return (await page.locator(`[id="${id}"]`).textContent()) ?? '';
}

describe.runIf(browserAvailable())('the back office configuration, in Chromium, on a real server', () => {
  let server: ServerProcess;
  let token: string;
  const dir = mkdtempSync(join(tmpdir(), 'till-config-'));

  const api = async <T>(path: string): Promise<T> => {
    const res = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return (path.endsWith('.csv') ? await res.text() : await res.json()) as T;
  };

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startServer({ TILL_DATA_DIR: dir, TILL_ADMIN_PASSWORD: PASSWORD });
    token = await adminToken(server.url, PASSWORD);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an admin edits a product the till then sells at its new price; a sold product cannot be deleted but is archived; a duplicate barcode and a bad CSV row are explained', async () => {
    const { context, close } = await newBrowser();
    try {
      // The till: the Boutique's session opened, Claire selling, the baguette at its demo price.
      const till = await context.newPage();
      await logIn(till, `${server.url}/pos/`, PASSWORD);
      await till.getByText('Choose a shop').waitFor();
      await till.getByRole('button', { name: 'New Session' }).first().click();
      await till.getByText('Opening cash control').waitFor();
      await till.getByRole('button', { name: 'Open session' }).click();
      await till.getByText('Who is selling?').waitFor({ timeout: 60_000 });
      const claire = demoPin(server.output(), 'Claire');
      await unlock(till, claire);
      await till.getByLabel('Search products').fill('Baguette');
      const oldTile = till.getByRole('button', { name: /^Baguette/ }).first();
      expect(await oldTile.textContent()).toMatch(/€\s?1\.20/);

      // The back office: products, search, the baguette's form.
      const page = await context.newPage();
      await page.goto(`${server.url}/backoffice/`);
      if (await page.getByLabel('Password').isVisible()) {
        await page.getByLabel('Login').fill('admin');
        await page.getByLabel('Password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
      }
      await page.getByRole('link', { name: 'Products' }).click();
      await page.getByRole('heading', { name: 'Products' }).waitFor();
      await page
        .getByRole('row', { name: /Croissant.*Food \/ Bakery/ })
        .first()
        .waitFor();
      await shot(page, 'products');
      await page.getByLabel('Search').fill('Baguette');
      await expect.poll(() => page.getByRole('row', { name: /Croissant/ }).count()).toBe(0);
      await page
        .getByRole('row', { name: /Baguette/ })
        .first()
        .getByRole('link')
        .click();
      await page.getByRole('heading', { name: 'Baguette' }).waitFor();

      // A price that is not a number is explained under its field, nothing sent.
      await page.getByLabel('Sales price', { exact: true }).fill('1.45 €');
      await page.getByRole('button', { name: 'Save' }).first().click();
      expect(await messageUnder(page, 'Sales price')).toBe('Enter a number such as 12.50.');
      await page.getByLabel('Sales price', { exact: true }).fill('1,45');
      await page.getByLabel('Name', { exact: true }).fill('Baguette tradition');
      await page.getByRole('button', { name: 'Save' }).first().click();
      await page.getByText('Saved.').waitFor();
      await page.getByRole('heading', { name: 'Baguette tradition' }).waitFor();
      expect(await page.getByLabel('Sales price', { exact: true }).inputValue()).toMatch(/^1\.450*$/);
      await shot(page, 'product-saved');
      const [saved] = (
        await api<{ items: { name: string; list_price: string }[] }>('/api/products?q=Baguette%20tradition')
      ).items;
      expect(saved).toMatchObject({ name: 'Baguette tradition' });
      expect(saved!.list_price).toMatch(/^1\.450*$/);

      // The till, reloaded, sells it under its new name at its new price.
      await till.reload();
      await till
        .getByText(/Who is selling\?|Payment/)
        .first()
        .waitFor({ timeout: 30_000 });
      if (await till.getByText('Who is selling?').isVisible()) await unlock(till, claire);
      await till.getByLabel('Search products').fill('Baguette');
      const tile = till.getByRole('button', { name: /^Baguette tradition/ }).first();
      await expect
        .poll(async () => (await tile.textContent()) ?? '', { timeout: 30_000 })
        .toMatch(/€\s?1\.45/);
      await tile.click();
      await till.getByLabel('Search products').fill('');
      await till.getByRole('button', { name: 'Payment' }).click();
      await till.getByRole('button', { name: /Cash/ }).first().click();
      await till.keyboard.type('2');
      await till.getByRole('button', { name: 'Validate' }).click();
      await till.getByRole('button', { name: 'New Order' }).click();
      await till.screenshot({ path: join(shots, 'config-till-new-price.png') });
      await expect
        .poll(
          async () =>
            (await api<{ items: { total_included: string }[] }>('/api/orders?shop_id=1&limit=10')).items.map(
              (o) => o.total_included,
            ),
          { timeout: 30_000 },
        )
        .toContain('1.45');

      // Sold, so it cannot be deleted: the message says why and archiving is offered.
      await page.bringToFront();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await page.getByRole('button', { name: 'Yes, delete' }).click();
      const refusal = page.getByRole('status').filter({ hasText: 'archive it instead' });
      await refusal.waitFor();
      expect(await refusal.textContent()).toMatch(/order/);
      await shot(page, 'product-in-use');
      await page.getByRole('button', { name: 'Archive instead' }).click();
      await page.getByText('Archived: kept for history, no longer offered.').waitFor();
      await page.getByRole('button', { name: 'Unarchive' }).waitFor();
      expect(
        (await api<{ items: { name: string }[] }>('/api/products?q=Baguette%20tradition')).items,
      ).toHaveLength(0);
      expect(
        (
          await api<{ items: { name: string; active: boolean }[] }>(
            '/api/products?q=Baguette%20tradition&archived=only',
          )
        ).items,
      ).toMatchObject([{ name: 'Baguette tradition', active: false }]);

      // A new product with the croissant's barcode: the clash is named under the barcodes.
      const [croissant] = (await api<{ items: { barcodes: string[] }[] }>('/api/products?q=Croissant')).items;
      const barcode = croissant!.barcodes[0]!;
      await page.getByRole('link', { name: 'Products', exact: true }).first().click();
      await page.getByRole('link', { name: 'New product' }).click();
      await page.getByRole('heading', { name: 'New product' }).waitFor();
      await page.getByLabel('Name', { exact: true }).fill('Pain aux raisins');
      await page.getByLabel('Sales price', { exact: true }).fill('1.60');
      await page.getByLabel('Barcodes', { exact: true }).fill(barcode);
      await page.getByRole('button', { name: 'Create product' }).first().click();
      await expect.poll(() => messageUnder(page, 'Barcodes')).toMatch(new RegExp(barcode));
      await shot(page, 'product-barcode-taken');
      await page.getByLabel('Barcodes', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Create product' }).first().click();
      await page.getByText('The product is created.').waitFor();
      await page.getByRole('heading', { name: 'Pain aux raisins' }).waitFor();

      // CSV: the export's header, a good row and a bad one; the dry run names the bad line and column.
      const exported = await api<string>('/api/products/export.csv');
      const [header, firstRow] = exported.split(/\r?\n/);
      const columns = header!.split(',');
      const bad = columns
        .map((c) => (c === 'name' ? 'Bad price' : c === 'list_price' ? 'twelve' : ''))
        .join(',');
      await page.goto(`${server.url}/backoffice/config/products/import`);
      await page.getByRole('heading', { name: 'Import products' }).waitFor();
      await page.getByLabel('CSV file').setInputFiles({
        name: 'products.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`${header}\n${firstRow}\n${bad}\n`),
      });
      await page.getByRole('button', { name: 'Dry run' }).click();
      await page.getByRole('heading', { name: 'Dry run: nothing was saved' }).waitFor();
      const errorRow = page.getByRole('table', { name: 'Rows with errors' }).getByRole('row').nth(1);
      expect(await errorRow.getByRole('cell').nth(0).textContent()).toBe('3');
      expect(await errorRow.getByRole('cell').nth(1).textContent()).toContain('list_price');
      await shot(page, 'import-dry-run');
    } finally {
      await close();
    }
  }, 240_000);

  it('every configuration screen lists its records and opens one', async () => {
    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await logIn(page, `${server.url}/backoffice/`, PASSWORD);
      const screens = [
        ['categories', 'Categories'],
        ['customers', 'Customers'],
        ['employees', 'Employees'],
        ['pricelists', 'Pricelists'],
        ['taxes', 'Taxes'],
        ['fiscal-positions', 'Fiscal positions'],
        ['payment-methods', 'Payment methods'],
        ['shops', 'Shops'],
      ] as const;
      for (const [slug, title] of screens) {
        await page.getByRole('link', { name: title, exact: true }).click();
        await page.getByRole('heading', { name: title, exact: true }).waitFor();
        const first = page.getByRole('table', { name: title }).getByRole('row').nth(1).getByRole('link');
        await first.waitFor();
        await shot(page, `${slug}-list`);
        await first.click();
        await page.getByRole('button', { name: 'Save' }).first().waitFor();
        await page.locator('.config-form input, .config-form select').first().waitFor();
        await shot(page, `${slug}-form`);
      }

      // A pricelist's rule changed in its row: the rules are sent again, dates and all.
      await page.getByRole('link', { name: 'Pricelists', exact: true }).click();
      await page
        .getByRole('row', { name: /Public prices/ })
        .getByRole('link')
        .click();
      await page.getByRole('heading', { name: 'Public prices' }).waitFor();
      await page.getByLabel('Discount %').first().fill('12,5');
      await page.getByRole('button', { name: 'Add a rule' }).click();
      await page.getByLabel('Fixed price').last().fill('abc');
      await page.getByRole('button', { name: 'Save' }).first().click();
      expect(await messageUnder(page, 'Fixed price')).toBe('Enter a number such as 12.50.');
      await page.getByRole('button', { name: 'Remove rules 2' }).click();
      await page.getByRole('button', { name: 'Save' }).first().click();
      await page.getByText('Saved.').waitFor();
      await shot(page, 'pricelist-saved');
      const lists = await api<{ items: { name: string; rules: { percent_price: string | null }[] }[] }>(
        '/api/pricelists?q=Public',
      );
      expect(lists.items[0]!.rules.map((r) => r.percent_price)).toEqual([expect.stringMatching(/^12\.50*$/)]);
    } finally {
      await close();
    }
  }, 240_000);

  it('an employee’s PIN is replaced without ever being shown, and the till’s login takes the new one', async () => {
    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await logIn(page, `${server.url}/backoffice/`, PASSWORD);
      await page.getByRole('link', { name: 'Employees', exact: true }).click();
      await page
        .getByRole('row', { name: /Claire/ })
        .getByRole('link')
        .click();
      await page.getByText('PIN set').waitFor();
      expect(await page.getByLabel('New PIN').inputValue()).toBe('');
      await page.getByLabel('New PIN').fill('12');
      await page.getByRole('button', { name: 'Save' }).first().click();
      expect(await messageUnder(page, 'New PIN')).toBe('A PIN is 4 to 8 digits.');
      await page.getByLabel('New PIN').fill('864209');
      await page.getByRole('button', { name: 'Save' }).first().click();
      await page.getByText('Saved.').waitFor();
      expect(await page.getByLabel('New PIN').inputValue()).toBe('');
      const employees = await api<{ items: { id: number; name: string; has_pin: boolean; pin?: unknown }[] }>(
        '/api/employees?q=Claire',
      );
      expect(employees.items[0]).toMatchObject({ has_pin: true });
      expect(employees.items[0]).not.toHaveProperty('pin');
      const login = await fetch(`${server.url}/api/shops/1/employee-login`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ employee_id: employees.items[0]!.id, pin: '864209' }),
      });
      expect(login.status).toBe(200);
    } finally {
      await close();
    }
  }, 240_000);
});
