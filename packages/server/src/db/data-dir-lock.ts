import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/** The lock file inside the data folder; it holds the owner's pid and host. */
export const LOCK_FILE_NAME = 'till.lock';

interface LockOwner {
  readonly pid: number;
  readonly hostname: string;
  readonly started_at: string;
}

/** Refusal to open a data folder another Till server holds. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner | undefined,
  ) {
    const who = owner
      ? `process ${owner.pid} on ${owner.hostname}, since ${owner.started_at}`
      : 'another process';
    super(
      `The data folder ${dataDir} is in use by another Till server (${who}). ` +
        'Two servers on one folder would lose data: stop the other one, or set TILL_DATA_DIR to another folder. ' +
        `If no server is running, delete ${join(dataDir, LOCK_FILE_NAME)}.`,
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  release(): Promise<void>;
}

/** Folders this process holds: the pid in their lock file is ours, yet they are not stale. */
const heldHere = new Set<string>();

/**
 * Takes the data folder for this process: creates the lock file exclusively (`wx`). A lock left by
 * a process that no longer runs on this host is stale and taken over; any other lock is refused.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const dir = resolve(dataDir);
  const file = join(dir, LOCK_FILE_NAME);
  await mkdir(dir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      const owner: LockOwner = {
        pid: process.pid,
        hostname: hostname(),
        started_at: new Date().toISOString(),
      };
      await handle.writeFile(JSON.stringify(owner));
      await handle.close();
      heldHere.add(dir);
      const onExit = () => rmSync(file, { force: true });
      process.once('exit', onExit);
      return {
        async release() {
          if (!heldHere.delete(dir)) return;
          process.off('exit', onExit);
          await rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(file);
      if (heldHere.has(dir) || !isStale(owner)) throw new DataDirLockedError(dir, owner);
      await rm(file, { force: true });
    }
  }
  throw new DataDirLockedError(dir, await readOwner(file));
}

async function readOwner(file: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.hostname !== 'string') return undefined;
    return { pid: parsed.pid, hostname: parsed.hostname, started_at: String(parsed.started_at) };
  } catch {
    return undefined;
  }
}

/** Stale: written on this host by a process that is gone (or by this pid in an earlier life). */
function isStale(owner: LockOwner | undefined): boolean {
  if (owner === undefined) return false; // unreadable: maybe being written right now; refuse
  if (owner.hostname !== hostname()) return false; // cannot see another host's processes
  if (owner.pid === process.pid) return true; // not held here (checked before), so a previous run
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
