import { sql } from 'drizzle-orm';
import type { DatabaseKind } from '@till/server/db/database.ts';
import { rawRows } from '@till/server/db/raw-rows.ts';
import { sellingShop } from '@till/server/test/selling-shop.ts';
import { createTestApp } from '@till/server/test/test-app.ts';
import { ms, percentile, printTable, timeRuns } from '../table.ts';
import { generateHistory } from './generate.ts';

/** The indexes added for the reports (migration 0004): dropped for the "without" column. */
export const REPORT_INDEXES = ['orders_sold_at_idx', 'orders_employee_sold_idx', 'order_payments_method_idx'];

const DAY = 86_400_000;

function sizeFromArgs(): number {
  const flag = process.argv.find((a) => a.startsWith('--lines='));
  return Number(flag?.slice('--lines='.length) ?? process.env.BENCH_LINES ?? 1_000_000);
}

/**
 * The back office's main reports over a large history: sales by day for a month, by product,
 * category, payment method and cashier over everything, the dashboard and the stock list, as an
 * admin sees them (all shops), through the HTTP routes. Each is timed with the report indexes and
 * again after dropping them. BENCH_LINES or --lines=N sets the order lines (default 1,000,000).
 */
export async function benchReports(): Promise<void> {
  const lines = sizeFromArgs();
  const days = 90;
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const kinds: DatabaseKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
  const end = new Date(Date.UTC(2026, 10, 22));
  const rows: Record<string, string | number>[] = [];
  for (const kind of kinds) {
    const t = await createTestApp(kind, { now: () => new Date(end.getTime() + 12 * 3_600_000) });
    try {
      const shop = await sellingShop(t);
      const genStart = performance.now();
      const history = await generateHistory(t.handle.db, shop, lines, days, end);
      const genSeconds = (performance.now() - genStart) / 1000;
      await t.addUser({ login: 'owner', role: 'admin' });
      const admin = await t.login('owner');
      const [cashier] = await rawRows<{ id: number }>(
        t.handle.db,
        sql`select min(id) as id from employees where name like 'Cashier %'`,
      );
      const firstCashier = cashier!.id;
      const monthFrom = new Date(end.getTime() - 29 * DAY).toISOString();
      const monthTo = new Date(end.getTime() + DAY).toISOString();
      const reports: [string, string][] = [
        ['sales by day, one month', `/api/reports/sales?group_by=day&from=${monthFrom}&to=${monthTo}`],
        [
          'sales by product, one month',
          `/api/reports/sales?group_by=product&from=${monthFrom}&to=${monthTo}`,
        ],
        [
          'sales by category, one month',
          `/api/reports/sales?group_by=category&from=${monthFrom}&to=${monthTo}`,
        ],
        ['sales by product, all', '/api/reports/sales?group_by=product'],
        ['sales by category, all', '/api/reports/sales?group_by=category'],
        ['sales by payment method, all', '/api/reports/sales?group_by=payment_method'],
        ['sales by cashier, all', '/api/reports/sales?group_by=cashier'],
        [
          'sales by hour, one day, one shop',
          `/api/reports/sales?group_by=hour&shop_id=${shop.shopId}&from=${new Date(end.getTime() - DAY).toISOString()}&to=${end.toISOString()}`,
        ],
        [
          'sales by hour, one day, all shops',
          `/api/reports/sales?group_by=hour&from=${new Date(end.getTime() - DAY).toISOString()}&to=${end.toISOString()}`,
        ],
        [
          'one cashier by day, one month',
          `/api/reports/sales?group_by=day&employee_id=${firstCashier}&from=${monthFrom}&to=${monthTo}`,
        ],
        ['dashboard', '/api/dashboard'],
        ['stock, first page', '/api/reports/stock'],
      ];
      const time = async (url: string) => {
        const sorted = await timeRuns(
          async () => {
            const res = await t.call(admin, { method: 'GET', url });
            if (res.statusCode !== 200)
              throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
          },
          runs,
          1,
        );
        return { median: percentile(sorted, 50), max: sorted[sorted.length - 1]! };
      };
      const withIndexes: { median: number; max: number }[] = [];
      for (const [, url] of reports) withIndexes.push(await time(url));
      for (const name of REPORT_INDEXES) await t.handle.db.execute(sql.raw(`drop index if exists "${name}"`));
      await t.handle.db.execute(sql`analyze`);
      const without: { median: number; max: number }[] = [];
      for (const [, url] of reports) without.push(await time(url));
      reports.forEach(([name], i) =>
        rows.push({
          database: kind,
          'order lines': history.lines.toLocaleString('en'),
          orders: history.orders.toLocaleString('en'),
          report: name,
          'ms without indexes': ms(without[i]!.median),
          'ms with indexes': ms(withIndexes[i]!.median),
          'max ms with': ms(withIndexes[i]!.max),
        }),
      );
      console.log(
        `${kind}: generated ${history.lines.toLocaleString('en')} lines in ${genSeconds.toFixed(1)} s`,
      );
    } finally {
      await t.app.close();
      await t.handle.close();
    }
  }
  printTable(
    `back-office reports (HTTP, as an admin over 4 shops, ${days} days; median of ${runs} runs)`,
    rows,
  );
}
