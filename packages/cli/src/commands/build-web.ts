import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CommandIo } from '../command.ts';

const PACKAGES = fileURLToPath(new URL('../../../', import.meta.url));

/** The newest modification time of any file below `dir` (0 when there is none). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Builds a web app (packages/NAME) with Vite when its build is missing or older than its sources
 * or core's, so `npm start` right after `npm install` serves the till with no step to know about.
 * Returns false when the app has no sources yet or the build failed (the server then says so).
 */
export async function buildWebAppIfStale(name: 'pos' | 'backoffice', io: CommandIo): Promise<boolean> {
  const root = join(PACKAGES, name);
  if (!existsSync(join(root, 'vite.config.ts'))) return false;
  const built = join(root, 'dist', 'index.html');
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(PACKAGES, 'core', 'src')),
    statSync(join(root, 'index.html')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return true;
  io.stdout(
    `Building the ${name === 'pos' ? 'till' : 'back office'} (after an install or an update; takes a few seconds)…`,
  );
  const started = Date.now();
  try {
    const { build } = await import('vite');
    // Vite takes the build flavour from NODE_ENV: under a test runner (NODE_ENV=test) it would
    // make a development build, without the service worker the till needs to start offline.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: join(root, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
    io.stdout(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    io.stderr(`Could not build packages/${name}: ${(error as Error).message}`);
    return false;
  }
}
