import type { Command } from '../command.ts';
import { barcode } from './barcode.ts';
import { compute } from './compute.ts';
import { migrate } from './migrate.ts';
import { seed } from './seed.ts';
import { start } from './start.ts';

/** Every `till` sub-command, by name. Each lives in its own file beside this one. */
export const commands: Record<string, Command> = {
  start,
  migrate,
  seed,
  compute,
  barcode,
};
