import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { migrate } from './migrate.ts';
import { seed } from './seed.ts';
import { runStart } from './start.ts';

/** Captures what a command prints. */
function captureIo(): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => (out += `${t}\n`),
    stderr: (t) => (err += `${t}\n`),
    readStdin: async () => '',
    out: () => out,
    err: () => err,
  };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 100));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

describe('till start, migrate and seed (PGlite in a temporary data folder)', () => {
  const saved = { ...process.env };
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'till-cli-'));
    process.env.TILL_DATA_DIR = dir;
    process.env.PORT = '0';
    delete process.env.DATABASE_URL;
    delete process.env.TILL_NO_SEED;
    delete process.env.TILL_DEMO_PASSWORD;
    process.env.TILL_ADMIN_PASSWORD = 'admin password from env';
  });
  afterEach(async () => {
    process.env = { ...saved };
    await rm(dir, { recursive: true, force: true });
  });

  it('start seeds a new database, prints the URLs and logins, refuses a second process on the folder, and stops', async () => {
    const io = captureIo();
    let stop!: () => void;
    const running = runStart([], io, new Promise<void>((resolve) => (stop = resolve)));
    await waitFor(() => io.out().includes('Stop with Ctrl-C'), 'the server to listen');
    const out = io.out();
    expect(out).toMatch(/Demo data: shops Boutique and Restaurant, 1\d\d products, 30 customers/);
    expect(out).toContain('admin    (admin): password from the environment');
    expect(out).toMatch(/manager {2}\(manager\): password \S{12}/);
    expect(out).toMatch(/Lucas Bernard +cashier +PIN \d{4}/);
    const api = /API +(http:\/\/127\.0\.0\.1:\d+)\/api/.exec(out)?.[1];
    expect(out).toContain(`${api}/pos/`);
    expect(out).toContain(`${api}/backoffice/`);

    const health = await fetch(`${api}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
    const login = await fetch(`${api}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin', password: 'admin password from env' }),
    });
    expect(login.status).toBe(200);

    const second = captureIo();
    expect(await migrate.run([], second)).toBe(1);
    expect(second.err()).toMatch(/is in use by another Till server \(process \d+/);

    stop();
    expect(await running).toBe(0);
    const after = captureIo();
    expect(await migrate.run([], after)).toBe(0);
    expect(after.out()).toContain('Database up to date');
  });

  it('start --no-seed makes only the admin', async () => {
    delete process.env.TILL_ADMIN_PASSWORD;
    const io = captureIo();
    let stop!: () => void;
    const running = runStart(['--no-seed'], io, new Promise<void>((resolve) => (stop = resolve)));
    await waitFor(() => io.out().includes('Stop with Ctrl-C'), 'the server to listen');
    expect(io.out()).toMatch(/made the first user[^\n]*\n {2}admin {4}\(admin\): password \S{12}\n/);
    expect(io.out()).not.toContain('Demo data');
    stop();
    expect(await running).toBe(0);
  });

  it('seed --demo once, then refuses; seed --products/--customers generates a catalog with progress', async () => {
    const first = captureIo();
    expect(await seed.run(['--demo'], first)).toBe(0);
    expect(first.out()).toContain('Employees at the till');
    const again = captureIo();
    expect(await seed.run(['--demo'], again)).toBe(1);
    expect(again.err()).toContain('already has shops');
    const generated = captureIo();
    expect(await seed.run(['--products', '2500', '--customers', '1200'], generated)).toBe(0);
    expect(generated.out()).toContain('2500/2500 products, 1200/1200 customers');
    const bad = captureIo();
    expect(await seed.run(['--products', 'many'], bad)).toBe(2);
    expect(bad.err()).toContain('--products needs a whole number');
  });
});
