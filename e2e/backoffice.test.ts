import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiGet,
  closeAsExpected,
  openSession,
  paidOrder,
  syncOrders,
  type Api,
  type Sale,
} from './support/api-sales.ts';
import { browserAvailable, newBrowser } from './support/browser.ts';
import { adminToken, startServer, type ServerProcess } from './support/server-process.ts';

const PASSWORD = 'backoffice-password';
const shots = join(process.cwd(), 'e2e', '.artifacts');

/** The demo's drinks: VAT 20 % included (tax 1), paid in cash (method 1) or by card (2). */
const IPA = { productId: 77, unitPrice: '3.1', taxId: 1, taxPercent: 20 };
const LAGER_PACK = { productId: 80, unitPrice: '7.9', taxId: 1, taxPercent: 20 };

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `backoffice-${name}.png`), fullPage: true });
}

describe.runIf(browserAvailable())('the back office, in Chromium, on a real server', () => {
  let server: ServerProcess;
  let api: Api;
  const dir = mkdtempSync(join(tmpdir(), 'till-backoffice-'));

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startServer({ TILL_DATA_DIR: dir, TILL_ADMIN_PASSWORD: PASSWORD });
    api = { url: server.url, token: await adminToken(server.url, PASSWORD) };
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a manager follows the day: live dashboard, a rescue session closed, an order found and reviewed, the sales chart', async () => {
    const boutique = await openSession(api, 1);
    let sequence = 0;
    const sale = (over: Partial<Sale> & Pick<Sale, 'productId' | 'unitPrice' | 'taxId' | 'taxPercent'>) =>
      paidOrder({
        sessionId: boutique.sessionId,
        login: boutique.login,
        sequence: ++sequence,
        qty: 1,
        methodId: 1,
        ...over,
      });
    await syncOrders(api, 1, [sale({ ...IPA, qty: 2 })]);

    const { context, close } = await newBrowser();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/backoffice/`);
      await page.getByLabel('Login').fill('admin');
      await page.getByLabel('Password').fill(PASSWORD);
      await shot(page, 'login');
      await page.getByRole('button', { name: 'Log in' }).click();

      // The dashboard: the Boutique sells; a sale synced now shows within a poll (10 s).
      const boutiqueCard = page.getByRole('article', { name: 'Boutique' });
      await expect
        .poll(() => boutiqueCard.getByTestId('today-total-1').textContent(), { timeout: 10_000 })
        .toBe('€6.20');
      await expect
        .poll(() => boutiqueCard.getByText('Selling', { exact: true }).count(), { timeout: 10_000 })
        .toBe(1);
      await syncOrders(api, 1, [sale({ ...LAGER_PACK, qty: 1, methodId: 2 })]);
      await expect
        .poll(() => boutiqueCard.getByTestId('today-total-1').textContent(), { timeout: 20_000 })
        .toBe('€14.10');
      expect(await boutiqueCard.getByTestId('today-orders-1').textContent()).toBe('2');
      expect(await page.getByTestId('today-all-shops').textContent()).toBe('€14.10');
      await shot(page, 'dashboard');

      // A late offline order for the Restaurant's closed session lands in a rescue session.
      const restaurant = await openSession(api, 2);
      const restaurantSale = (seq: number, qty: number) =>
        paidOrder({
          sessionId: restaurant.sessionId,
          login: restaurant.login,
          sequence: seq,
          qty,
          methodId: 1,
          ...IPA,
        });
      await syncOrders(api, 2, [restaurantSale(1, 1)]);
      await closeAsExpected(api, restaurant.sessionId);
      const late = await syncOrders(api, 2, [restaurantSale(2, 3)]);
      expect(late.results[0]!.status).toBe('created_flagged');

      const restaurantCard = page.getByRole('article', { name: 'Restaurant' });
      await restaurantCard
        .getByRole('link', { name: '1 rescue session to close' })
        .click({ timeout: 20_000 });
      await page.getByRole('heading', { name: 'Sessions' }).waitFor();
      const rescueRow = page.getByRole('row', { name: /Rescue for/ });
      await expect.poll(() => rescueRow.count(), { timeout: 10_000 }).toBe(1);
      await shot(page, 'sessions');
      await rescueRow.getByRole('link').click();
      await page.getByText('This rescue session holds orders').waitFor();
      await page.getByRole('heading', { name: 'Stock moves' }).waitFor();
      await shot(page, 'rescue-session');
      await page.getByRole('link', { name: 'Close session' }).click();
      await page.getByRole('heading', { name: /^Close Rescue for/ }).waitFor();
      // Its cash is taken as expected: €9.30 for the three IPAs, no difference to confirm.
      expect(await page.getByLabel('Counted Cash').inputValue()).toBe('9.30');
      await page.getByLabel('Notes').fill('Late order from the terrace till, checked.');
      await shot(page, 'close-rescue');
      await page.getByRole('button', { name: 'Close session' }).click();
      await page.getByText('The session is closed and its journal entry posted.').waitFor();
      await page.getByRole('heading', { name: 'Journal entry' }).waitFor();
      await shot(page, 'rescue-closed');
      const closed = await apiGet<{ items: { rescue: boolean; state: string }[] }>(
        api,
        '/api/sessions?shop_id=2&rescue=true',
      );
      expect(closed.items.map((s) => s.state)).toEqual(['closed']);

      // The Z report of the Restaurant's closed session, printable.
      await page.goto(`${server.url}/backoffice/sessions/${restaurant.sessionId}/z-report`);
      await page.getByRole('article', { name: 'Z report' }).waitFor();
      await shot(page, 'z-report');
      await page.emulateMedia({ media: 'print' });
      await shot(page, 'z-report-print');
      expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
      const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
      const pdf = await page.request.get(`${server.url}${pdfHref}`);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

      // Find an order by its receipt number.
      const wanted = sale({ ...IPA, qty: 4 });
      const flagged = sale({ ...LAGER_PACK, qty: 2, customerId: 99_999 });
      const byCard = sale({ ...LAGER_PACK, qty: 1, customerId: 99_999, methodId: 2 });
      await syncOrders(api, 1, [wanted, flagged, byCard]);
      await page.getByRole('link', { name: 'Orders', exact: true }).click();
      await page.getByLabel('Receipt number').fill(wanted.receipt_number.replace('Order ', ''));
      const orderRows = page.getByRole('table', { name: 'Orders' }).locator('tbody tr');
      // One row: the order searched for (not the loading row, not the unfiltered list).
      await expect
        .poll(() => orderRows.allTextContents(), { timeout: 10_000 })
        .toEqual([expect.stringContaining(wanted.receipt_number)]);
      expect(await orderRows.first().textContent()).toContain('€12.40');
      await shot(page, 'orders');
      await orderRows.first().getByRole('link').click();
      await page.getByRole('heading', { name: wanted.receipt_number }).waitFor();
      await page.getByRole('table', { name: 'Lines' }).getByText('IPA 33cl').waitFor();
      // One IPA comes back: the refund shows on the order, with what is still refundable.
      const refund = sale({ ...IPA, qty: -1, refundedLineUid: wanted.lines[0]!.uid });
      await syncOrders(api, 1, [refund]);
      await page.reload();
      const refunds = page.getByRole('table', { name: 'Refunds' });
      await refunds.getByRole('link', { name: refund.receipt_number }).waitFor();
      expect(await refunds.locator('tbody tr').first().textContent()).toContain('1 × IPA 33cl');
      expect(await refunds.locator('tbody tr').first().textContent()).toContain('-€3.10');
      const line = page.getByRole('table', { name: 'Lines' }).locator('tbody tr').first();
      expect(await line.locator('td').last().textContent()).toBe('3');
      await shot(page, 'order');

      // Review the flagged order (an unknown customer): accept it, with the reason kept.
      await page.getByRole('link', { name: '← Orders' }).click();
      await page.getByLabel('Receipt number').fill('');
      await page.getByLabel('Review').selectOption('to_review');
      await page.getByRole('link', { name: flagged.receipt_number }).click();
      await page.getByText('Unknown customer').waitFor();
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page.getByText('Choose to accept or to correct the order.').waitFor();
      await page.getByLabel('Accept: the order stands as sold').check();
      await page.getByLabel('Reason').fill('Customer card not yet synced; sale is fine.');
      await shot(page, 'review');
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page.getByText(/Accepted by Administrator .*Customer card not yet synced/).waitFor();
      const reviewed = await apiGet<{ review_state: string; review_note: string }>(
        api,
        `/api/orders/${(await apiGet<{ items: { id: number }[] }>(api, `/api/orders?receipt=${encodeURIComponent(flagged.receipt_number)}`)).items[0]!.id}`,
      );
      expect(reviewed).toMatchObject({
        review_state: 'accepted',
        review_note: 'Customer card not yet synced; sale is fine.',
      });

      // Another flagged order was paid in cash but keyed as card: correct its payment's method.
      await page.getByRole('link', { name: '← Orders' }).click();
      await page.getByRole('link', { name: byCard.receipt_number }).click();
      await page.getByLabel('Correct its customer or a payment’s method').check();
      await page.getByLabel('Payment of €7.90 by Card').selectOption({ label: 'Cash' });
      await page.getByLabel('Reason').fill('Paid in cash, keyed as card.');
      await shot(page, 'review-correct');
      await page.getByRole('button', { name: 'Save the review' }).click();
      await page.getByText(/Corrected by Administrator .*Paid in cash, keyed as card/).waitFor();
      expect(await page.getByRole('table', { name: 'Payments' }).textContent()).toContain('Cash');

      // The day's sales: by hour as a chart, with the table and the total of every order today.
      // Boutique 6.20 + 7.90 + 12.40 + 15.80 + 7.90 − 3.10 refunded; Restaurant 3.10 + 9.30 (rescued).
      await page.getByRole('link', { name: 'Sales', exact: true }).click();
      await expect
        .poll(() => page.getByTestId('sales-total').textContent(), { timeout: 10_000 })
        .toBe('€59.50');
      const chart = page.getByRole('img', { name: 'Sales by hour' });
      await chart.waitFor();
      const box = await chart.boundingBox();
      expect(box!.height).toBeGreaterThan(200);
      const hourRows = page.getByRole('table', { name: 'Sales table' }).locator('tbody tr');
      expect(await hourRows.count()).toBeGreaterThan(0);
      await shot(page, 'sales-by-hour');
      await page.getByRole('button', { name: 'Product', exact: true }).click();
      await page.getByRole('table', { name: 'Sales table' }).getByText('IPA 33cl').waitFor();
      await shot(page, 'sales-by-product');
      const csvHref = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
      expect(csvHref).toContain('group_by=product');
      const csv = await page.request.get(`${server.url}${csvHref}`);
      expect(csv.headers()['content-type']).toContain('text/csv');
      expect(await csv.text()).toContain('IPA 33cl');

      await page.getByRole('link', { name: 'Stock on hand' }).click();
      await page.getByRole('table', { name: 'Stock on hand' }).getByText('IPA 33cl').waitFor();
      await shot(page, 'stock');

      // Take over the Boutique's session, then close it from the dashboard: the drawer is
      // €14.80 short, more than the shop allows, so the difference must be confirmed.
      await page.goto(`${server.url}/backoffice/sessions/${boutique.sessionId}`);
      await page.getByRole('button', { name: 'Take over at a till' }).click();
      await page.getByText('You joined this session.').waitFor();
      await shot(page, 'session');
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await page
        .getByRole('article', { name: 'Boutique' })
        .getByRole('link', { name: 'Close session' })
        .click();
      await page.getByRole('heading', { name: 'Close Boutique/' }).waitFor();
      // Opening 100.00 + cash 6.20 + 12.40 + 15.80 + 7.90 (corrected) − 3.10 = 139.20 expected; 124.40 counted.
      // Counted with the coin and bill calculator: 6 × 20, 2 × 2, 2 × 0.20.
      await page.getByRole('button', { name: 'Count coins and bills' }).click();
      const coins = page.getByRole('group', { name: 'Coins and bills' });
      await coins.getByLabel(/^Number of €20(\.00)?$/).fill('6');
      await coins.getByLabel(/^Number of €2(\.00)?$/).fill('2');
      await coins.getByLabel(/^Number of €0\.20?$/).fill('2');
      await coins.getByText('€124.40').waitFor();
      await shot(page, 'cash-counter');
      await coins.getByRole('button', { name: 'Use this count' }).click();
      expect(await page.getByLabel('Counted Cash').inputValue()).toBe('124.40');
      const close = page.getByRole('button', { name: 'Close session' });
      await page.getByText('The count differs by €14.80').waitFor();
      expect(await close.isDisabled()).toBe(true);
      expect(await page.getByLabel('Notes').inputValue()).toBe('2 x 0.20\n2 x 2.00\n6 x 20.00');
      await page.getByLabel('Notes').fill('€14.80 missing: counted twice.');
      await page.getByLabel('I confirm the difference').check();
      await shot(page, 'close-session');
      await close.click();
      await page.getByText('The session is closed and its journal entry posted.').waitFor();
      const report = await apiGet<{ control: { name: string; difference: string | null }[] }>(
        api,
        `/api/sessions/${boutique.sessionId}/report`,
      );
      expect(report.control.find((c) => c.name === 'Cash')!.difference).toBe('-14.80');
    } finally {
      await close();
    }
  }, 180_000);
});
