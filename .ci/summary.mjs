// Reads Vitest's JUnit report and prints the closing line CI looks for: "N passed, N failed".
// A run that stopped before the tests (typecheck or lint failed) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const [file, statusText] = process.argv.slice(2);
const status = Number(statusText ?? '1');
if (!file || !existsSync(file)) {
  console.log(`0 passed, ${status === 0 ? 0 : 1} failed`);
  process.exit(0);
}
const xml = readFileSync(file, 'utf8');
const suites = xml.match(/<testsuites[^>]*>/)?.[0] ?? '';
const attr = (name) => Number(suites.match(new RegExp(`${name}="(\\d+)"`))?.[1] ?? 0);
const total = attr('tests');
const failed = attr('failures') + attr('errors');
const skipped = attr('skipped');
const passed = total - failed - skipped;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
