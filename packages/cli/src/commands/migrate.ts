import { describeStorage, storageFromEnv } from '@till/server';
import type { Command } from '../command.ts';
import { openStorage } from './open-storage.ts';

/** `till migrate`: applies the pending migrations and stops (`till start` does it too). */
export const migrate: Command = {
  summary: 'apply pending database migrations (DATABASE_URL, or PGlite in TILL_DATA_DIR, default ./data)',
  usage: 'usage: till migrate',
  async run(_args, io) {
    const storage = storageFromEnv();
    const handle = await openStorage('migrate', storage, io);
    if (!handle) return 1;
    await handle.close();
    io.stdout(`Database up to date: ${describeStorage(storage)}`);
    return 0;
  },
};
