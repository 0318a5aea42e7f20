import { readFile } from 'node:fs/promises';
import { describeComputeError, formatComputeOutput, parseComputeInput, runCompute } from '@till/core';
import type { Command } from '../command.ts';

/** `till compute [FILE]`: one order in, the computed order out, both JSON (docs/compute.md). */
export const compute: Command = {
  summary: 'compute an order (prices, taxes, discounts, rounding, payments) from JSON; stdin when no file',
  usage: 'usage: till compute [FILE]',
  async run(args, io) {
    const file = args.find((a) => !a.startsWith('-'));
    let text: string;
    try {
      text = file ? await readFile(file, 'utf8') : await io.readStdin();
    } catch (e) {
      io.stderr(`till compute: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      io.stderr(`till compute: the input is not valid JSON: ${(e as Error).message}`);
      return 1;
    }
    const input = parseComputeInput(json);
    if (!input.ok) {
      io.stderr(`till compute: ${input.error.message}`);
      return 1;
    }
    const result = runCompute(input.value);
    if (!result.ok) {
      io.stderr(`till compute: ${describeComputeError(result.error)}`);
      return 1;
    }
    io.stdout(JSON.stringify(formatComputeOutput(input.value, result.value), null, 2));
    return 0;
  },
};
