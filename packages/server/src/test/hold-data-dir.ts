// Test fixture, run as a separate process: opens PGlite on the folder given, says "ready",
// and holds it until its stdin closes. Lets a test check the lock across two real processes.
import { openPglite } from '../db/open-pglite.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-data-dir.ts DIR');
const handle = await openPglite({ dataDir: dir });
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', async () => {
  await handle.close();
  process.exit(0);
});
