/**
 * `npm run bench [NAME…]`: runs the benchmarks and prints a table each. Speed is measured here,
 * never asserted in tests. Names: compute, sync, reports, load, till
 * (load and till take --products=N --customers=M; till drives Chromium on a real server).
 */
import { benchComputeOrder } from './compute/compute-order.bench.ts';
import { benchLoad } from './load/till-load.bench.ts';
import { benchReports } from './reports/reports.bench.ts';
import { benchSync } from './sync/sync-and-close.bench.ts';
import { benchTill } from './till/till-browser.bench.ts';

const benches: Record<string, () => Promise<void>> = {
  compute: benchComputeOrder,
  sync: benchSync,
  reports: benchReports,
  load: benchLoad,
  till: benchTill,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !(w in benches));
if (unknown.length) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);
  process.exit(2);
}
console.log(`node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  await run();
}
