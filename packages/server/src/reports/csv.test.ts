import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks; leaves numbers alone; defuses formulas', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: 'Mug, large', b: '-12.00' },
        { a: 'say "hi"', b: null },
        { a: '=HYPERLINK("x")', b: '-x' },
        { a: 'two\nlines', b: 3 },
      ],
    );
    expect(csv).toBe(
      'a,b\r\n"Mug, large",-12.00\r\n"say ""hi""",\r\n"\'=HYPERLINK(""x"")",\'-x\r\n"two\nlines",3\r\n',
    );
  });

  it('any text comes back the same from a minimal RFC 4180 reader (formulas aside)', () => {
    const read = (line: string) => {
      const fields: string[] = [];
      let i = 0;
      while (i <= line.length) {
        if (line[i] === '"') {
          let value = '';
          i++;
          for (;;) {
            if (line[i] === '"' && line[i + 1] === '"') {
              value += '"';
              i += 2;
            } else if (line[i] === '"') break;
            else value += line[i++];
          }
          fields.push(value);
          i += 2;
        } else {
          const end = line.indexOf(',', i);
          fields.push(line.slice(i, end === -1 ? line.length : end));
          i = end === -1 ? line.length + 1 : end + 1;
        }
      }
      return fields;
    };
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^[=+@\t\r-]/.test(s) && !/[\r\n]/.test(s)),
        fc.string().filter((s) => !/^[=+@\t\r-]/.test(s) && !/[\r\n]/.test(s)),
        (a, b) => {
          const body = toCsv(['a', 'b'], [{ a, b }]).split('\r\n')[1]!;
          expect(read(body)).toEqual([a, b]);
        },
      ),
    );
  });
});
