import type { CommandIo } from './command.ts';
import { main } from './main.ts';

/** Runs `till ARGS` in-process with captured output (what a user would see in a terminal). */
export async function runTill(
  args: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (t) => (stdout += `${t}\n`),
    stderr: (t) => (stderr += `${t}\n`),
    readStdin: async () => stdin,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
