import {
  DataDirLockedError,
  describeStorage,
  openDatabase,
  type DatabaseHandle,
  type StorageConfig,
} from '@till/server';
import type { CommandIo } from '../command.ts';

/** Opens and migrates the database, or says why not (a data folder in use, an unreachable server). */
export async function openStorage(
  name: string,
  storage: StorageConfig,
  io: CommandIo,
): Promise<DatabaseHandle | undefined> {
  try {
    return await openDatabase(storage);
  } catch (error) {
    if (error instanceof DataDirLockedError) io.stderr(`till ${name}: ${error.message}`);
    else io.stderr(`till ${name}: cannot open ${describeStorage(storage)}: ${(error as Error).message}`);
    return undefined;
  }
}
