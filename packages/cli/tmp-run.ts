import { migrate } from './src/commands/migrate.ts';
import { seed } from './src/commands/seed.ts';
import { start } from './src/commands/start.ts';
const io = {
  stdout: (t: string) => console.log(t),
  stderr: (t: string) => console.error(t),
  readStdin: async () => '',
};
const [name, ...args] = process.argv.slice(2);
const c = { migrate, seed, start }[name as 'seed']!;
process.exitCode = await c.run(args, io);
