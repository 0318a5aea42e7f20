import { parseArgs } from 'node:util';
import { seedDemo, seedGeneratedCatalog, storageFromEnv } from '@till/server';
import type { Command, CommandIo } from '../command.ts';
import { openStorage } from './open-storage.ts';
import { formatDemoReport } from './server-report.ts';

const USAGE = `usage: till seed --demo
       till seed --products N [--customers M]

  --demo          the demo shops, catalog, customers, employees and users (into an empty database;
                  passwords from TILL_ADMIN_PASSWORD / TILL_DEMO_PASSWORD, else generated and printed)
  --products N    N generated products with barcodes, for benchmarks (batches of 1,000)
  --customers M   M generated customers`;

/** A count option's value, or undefined when it is not a whole number. */
function count(text: string | undefined): number | undefined {
  if (text === undefined) return 0;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}

/** `till seed`: demo data, or large generated catalogs for benchmarks. */
export const seed: Command = {
  summary: 'fill the database: the demo shops (--demo) or a generated catalog (--products N --customers M)',
  usage: USAGE,
  async run(args, io) {
    let values;
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { demo: { type: 'boolean' }, products: { type: 'string' }, customers: { type: 'string' } },
      }));
    } catch (error) {
      io.stderr(`till seed: ${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    const products = count(values.products);
    const customers = count(values.customers);
    if (products === undefined)
      return usageError(io, `--products needs a whole number, got "${values.products}"`);
    if (customers === undefined)
      return usageError(io, `--customers needs a whole number, got "${values.customers}"`);
    if (!values.demo && products === 0 && customers === 0) return usageError(io, 'say what to seed');

    const handle = await openStorage('seed', storageFromEnv(), io);
    if (!handle) return 1;
    try {
      if (values.demo) {
        const report = await seedDemo(handle.db, {
          adminPassword: process.env.TILL_ADMIN_PASSWORD,
          demoPassword: process.env.TILL_DEMO_PASSWORD,
        });
        if ('kind' in report) {
          io.stderr(`till seed: ${report.message}`);
          return 1;
        }
        io.stdout(formatDemoReport(report));
      }
      if (products > 0 || customers > 0) await seedGenerated(handle.db, products, customers, io);
      return 0;
    } finally {
      await handle.close();
    }
  },
};

async function seedGenerated(
  db: Parameters<typeof seedGeneratedCatalog>[0],
  products: number,
  customers: number,
  io: CommandIo,
): Promise<void> {
  const started = Date.now();
  const step = Math.max(1_000, Math.round((products + customers) / 20 / 1_000) * 1_000);
  let shown = 0;
  await seedGeneratedCatalog(db, {
    products,
    customers,
    onProgress: (done) => {
      const total = done.products + done.customers;
      if (total - shown >= step || total === products + customers) {
        shown = total;
        io.stdout(
          `  ${done.products}/${products} products, ${done.customers}/${customers} customers (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    },
  });
  io.stdout(
    `Generated ${products} products and ${customers} customers in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

function usageError(io: CommandIo, problem: string): number {
  io.stderr(`till seed: ${problem}\n\n${USAGE}`);
  return 2;
}
