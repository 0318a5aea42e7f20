import { describeBarcodeError, parseBarcode } from '@till/core';
import type { Command } from '../command.ts';

/** `till barcode CODE`: what the till would make of a scanned code, with the default nomenclature. */
export const barcode: Command = {
  summary: 'parse a barcode with the default nomenclature and print type, code, base_code and value',
  usage: 'usage: till barcode CODE',
  async run(args, io) {
    const code = args[0];
    if (code === undefined) {
      io.stderr('till barcode: give the code to parse, e.g. till barcode 2112345012346');
      return 2;
    }
    const parsed = parseBarcode(code);
    if (!parsed.ok) {
      io.stderr(`till barcode: ${describeBarcodeError(parsed.error)}`);
      return 1;
    }
    const p = parsed.value;
    io.stdout(
      JSON.stringify(
        {
          type: p.type,
          code: p.code,
          base_code: p.base_code,
          value: p.value === null ? null : p.value.toString(),
          encoding: p.encoding,
          rule: p.rule,
        },
        null,
        2,
      ),
    );
    return 0;
  },
};
