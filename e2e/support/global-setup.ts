import { buildWebAppIfStale } from '../../packages/cli/src/commands/build-web.ts';

/**
 * Builds the till and the back office once before the tests (only when their build is missing or
 * older than their sources), so the servers the browser tests start serve them without each
 * building at once (TILL_NO_BUILD is set for every test server).
 */
export default async function setup(): Promise<void> {
  const io = {
    stdout: (t: string) => console.log(t),
    stderr: (t: string) => console.error(t),
    readStdin: async () => '',
  };
  for (const app of ['pos', 'backoffice'] as const) await buildWebAppIfStale(app, io);
}
