import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot work on our machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether browser tests can run here. In CI (`TILL_REQUIRE_BROWSER=1`) a missing Chromium is a
 * failure, never a silent skip.
 */
export function browserAvailable(): boolean {
  const present = existsSync(CHROMIUM_PATH);
  if (!present && process.env.TILL_REQUIRE_BROWSER === '1') {
    throw new Error(
      `Chromium is required for the browser tests but ${CHROMIUM_PATH} is missing (apt-get install chromium)`,
    );
  }
  return present;
}

/** A fresh browser profile (its own IndexedDB, service workers, storage); removed by `close`. */
export async function newBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'till-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
