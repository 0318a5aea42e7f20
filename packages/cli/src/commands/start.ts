import { parseArgs } from 'node:util';
import {
  createFirstAdmin,
  describeStorage,
  hasNoUsers,
  listen,
  seedDemo,
  serverConfigFromEnv,
  type DatabaseHandle,
  type ServerConfig,
} from '@till/server';
import type { Command, CommandIo } from '../command.ts';
import { buildWebAppIfStale } from './build-web.ts';
import { openStorage } from './open-storage.ts';
import { formatDemoReport, formatLogins } from './server-report.ts';

const USAGE = `usage: till start [--no-seed] [--port N] [--host ADDRESS]

Migrates the database, seeds the demo shops into a new one (unless --no-seed or TILL_NO_SEED=1:
then only an admin user is made), and serves the API, the till and the back office.
Environment: PORT (8069), HOST (127.0.0.1), TILL_DATA_DIR (./data) or DATABASE_URL,
TILL_ADMIN_PASSWORD, TILL_DEMO_PASSWORD, TILL_COOKIE_SECURE=0 for plain HTTP on a LAN address.`;

/** `till start` (what `npm start` runs): the whole shop in one process. Stops on Ctrl-C / SIGTERM. */
export const start: Command = {
  summary: 'migrate, seed a new database with the demo, and serve the API, /pos/ and /backoffice/',
  usage: USAGE,
  run: (args, io) => runStart(args, io, stopSignal()),
};

/** `till start` until `stop` resolves (a signal; tests pass their own). */
export async function runStart(args: readonly string[], io: CommandIo, stop: Promise<void>): Promise<number> {
  let config: ServerConfig;
  let seed: boolean;
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { 'no-seed': { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } },
    });
    const overrides = {
      ...(values.port ? { PORT: values.port } : {}),
      ...(values.host ? { HOST: values.host } : {}),
    };
    config = serverConfigFromEnv({ ...process.env, ...overrides });
    seed = !values['no-seed'] && process.env.TILL_NO_SEED !== '1';
  } catch (error) {
    io.stderr(`till start: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (process.env.TILL_NO_BUILD !== '1') {
    for (const app of ['pos', 'backoffice'] as const) await buildWebAppIfStale(app, io);
  }
  io.stdout(`Opening ${describeStorage(config.storage)}…`);
  const handle = await openStorage('start', config.storage, io);
  if (!handle) return 1;
  const firstStart = await seedIfNew(handle, seed, io);
  const server = await listen(handle, config);
  io.stdout(
    [
      '',
      `Till is running (${handle.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}).`,
      `  API          ${server.url}/api  (OpenAPI: ${server.url}/api/openapi.json)`,
      `  Till         ${server.url}/pos/`,
      `  Back office  ${server.url}/backoffice/`,
      firstStart
        ? 'Log in with the logins above.'
        : 'Log in as admin (or a user made in the back office); passwords were printed when the database was created.',
      'Stop with Ctrl-C.',
    ].join('\n'),
  );
  await stop;
  io.stdout('Stopping…');
  await server.close();
  return 0;
}

/** Seeds a database without users: the demo, or only the first admin. True when it did. */
async function seedIfNew(handle: DatabaseHandle, demo: boolean, io: CommandIo): Promise<boolean> {
  if (!(await hasNoUsers(handle.db))) return false;
  const adminPassword = process.env.TILL_ADMIN_PASSWORD;
  if (demo) {
    io.stdout('New database: adding the demo shops (till start --no-seed for an empty one)…');
    const report = await seedDemo(handle.db, { adminPassword, demoPassword: process.env.TILL_DEMO_PASSWORD });
    if (!('kind' in report)) {
      io.stdout(formatDemoReport(report));
      return true;
    }
  }
  const admin = await createFirstAdmin(handle.db, adminPassword);
  io.stdout(['New database: made the first user (shown only now):', ...formatLogins([admin])].join('\n'));
  return true;
}

function stopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
