import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, parseCustomerCsv, unescapeCell } from './csv-format.ts';

describe('customer CSV cells', () => {
  it('unescape(escape(x)) is x for any text, and no escaped cell starts like a formula', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const cell = escapeCell(text);
        expect(unescapeCell(cell)).toBe(text);
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
      }),
    );
  });

  it('a malformed file is one error with its line', () => {
    const { errors } = parseCustomerCsv('name,email\n"open,x\n');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: null });
    expect(errors[0]!.line).toBeGreaterThanOrEqual(2);
  });

  it('a line with the wrong number of cells names its line', () => {
    expect(parseCustomerCsv('name,email\nA\n').errors).toEqual([
      { line: 2, field: null, message: 'has 1 cells, the header 2' },
    ]);
  });
});
