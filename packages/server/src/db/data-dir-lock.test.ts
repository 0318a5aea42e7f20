import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock.ts';
import { openPglite } from './open-pglite.ts';

describe('the data folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'till-lock-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a second server on the same data folder is refused with a clear message', async () => {
    const first = await openPglite({ dataDir: dir });
    try {
      const second = openPglite({ dataDir: dir });
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(
        /in use by another Till server \(process \d+ on .+\).*stop the other one, or set TILL_DATA_DIR/,
      );
    } finally {
      await first.close();
    }
    const again = await openPglite({ dataDir: dir }); // released on close
    await again.close();
  });

  it('a server in another process holds the folder: this one is refused, naming that process', async () => {
    const fixture = new URL('../test/hold-data-dir.ts', import.meta.url).pathname;
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, dir], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
      expect(chunk.toString()).toContain('ready');
      await expect(openPglite({ dataDir: dir })).rejects.toThrow(`(process ${child.pid} on ${hostname()}`);
    } finally {
      child.stdin.end();
      await once(child, 'exit');
    }
    const mine = await openPglite({ dataDir: dir }); // the other one released it on exit
    await mine.close();
  });

  it('holds the owner pid in the lock file, removed on release', async () => {
    const lock = await lockDataDir(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_FILE_NAME), 'utf8'))).toMatchObject({
      pid: process.pid,
      hostname: hostname(),
    });
    await lock.release();
    await expect(readFile(join(dir, LOCK_FILE_NAME))).rejects.toThrow();
  });

  it('takes over a stale lock left by a process that is gone', async () => {
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: 2 ** 22 + 17, hostname: hostname(), started_at: 'then' }),
    );
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it('refuses a lock held by a live process, or written on another host', async () => {
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: process.ppid, hostname: hostname(), started_at: 'now' }),
    );
    await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirLockedError);
    await writeFile(
      join(dir, LOCK_FILE_NAME),
      JSON.stringify({ pid: 1, hostname: 'till-other-host', started_at: 'now' }),
    );
    await expect(lockDataDir(dir)).rejects.toThrow(/process 1 on till-other-host/);
  });
});
