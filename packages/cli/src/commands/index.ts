import type { Command } from '../command.ts';

/** Every `till` sub-command, by name. Each lives in its own file beside this one. */
export const commands: Record<string, Command> = {};
