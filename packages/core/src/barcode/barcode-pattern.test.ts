import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec } from '../money/decimal.ts';
import { compilePattern, matchPattern, type BarcodePattern } from './barcode-pattern.ts';

function pattern(source: string): BarcodePattern {
  const compiled = compilePattern(source);
  if (!compiled.ok) throw new Error(`test pattern ${source} refused: ${compiled.error}`);
  return compiled.value;
}

describe('compilePattern', () => {
  it.each([
    ['an empty pattern is refused', '', 'empty'],
    ['two groups are refused', '21{NN}{DD}', 'brace_count'],
    ['an unclosed brace is refused', '21{NN', 'brace_count'],
    ["D's before N's are refused", '21{DN}', 'brace_content'],
    ['other letters in braces are refused', '21{NNX}', 'brace_content'],
    ['a regex quantifier in braces is refused (braces mean a value)', '0{3}', 'brace_content'],
    ['empty braces are refused', '21{}', 'empty_braces'],
    ['a variable-width part before the group is refused', '2.*{NN}', 'variable_prefix'],
    ['an alternation before the group is refused', '21|22{NN}', 'variable_prefix'],
    ["a lone '*' is not a regex", '*', 'bad_regex'],
    ['an unclosed class is not a regex', '[0-9', 'bad_regex'],
  ] as const)('%s', (_rule, source, problem) => {
    expect(compilePattern(source)).toEqual({ ok: false, error: problem });
  });

  it('places the group: 21.....{NNDDD} has 2 whole and 3 decimal digits from index 7', () => {
    expect(pattern('21.....{NNDDD}').value).toEqual({ start: 7, whole_digits: 2, decimal_digits: 3 });
  });

  it('escaped braces are literal characters, not a group', () => {
    expect(pattern('A\\{1\\}').value).toBeNull();
    expect(matchPattern('A{1}B', pattern('A\\{1\\}'))).toEqual({ value: null, base_code: 'A{1}B' });
  });
});

describe('matchPattern', () => {
  it.each([
    [
      'weight NN.DDD: 21 12345 01234 6 is 1.234 kg',
      '21.....{NNDDD}',
      '2112345012346',
      '1.234',
      '2112345000006',
    ],
    ['price NNN.DD: 23 12345 00450 5 is 4.50', '23.....{NNNDD}', '2312345004505', '4.5', '2312345000005'],
    ['discount NN: 2215 is 15 %', '22{NN}', '2215', '15', '2200'],
    ['only decimals: {DDD} reads 125 as 0.125', '{DDD}', '125', '0.125', '000'],
    ['characters after the value are kept in the base code', '22{NN}', '2215XYZ', '15', '2200XYZ'],
    ['a pattern without group has no value', '042', '0421234', null, '0421234'],
    ['alternation: 043|044 matches a code starting with 044', '043|044', '0449999', null, '0449999'],
    ['.* matches every code', '.*', 'any thing', null, 'any thing'],
  ] as const)('%s', (_rule, source, code, value, base_code) => {
    const match = matchPattern(code, pattern(source));
    expect(match?.value?.toString() ?? null).toBe(value);
    expect(match?.base_code).toBe(base_code);
  });

  it.each([
    ['a code too short for its value', '22{NN}', '221'],
    ['letters where the value goes', '22{NN}', '22AB'],
    ['a prefix is matched at the start only', '10', '2010'],
    ['each alternative is matched at the start only', '043|044', '1044'],
    ['patterns are case-sensitive', 'PACK', 'pack01'],
    ['a different prefix', '21.....{NNDDD}', '2312345004505'],
  ] as const)('does not match %s', (_rule, source, code) => {
    expect(matchPattern(code, pattern(source))).toBeNull();
  });

  it('reads back any weight written in a scale label, and zeroes it in the base code', () => {
    const weight = pattern('21.....{NNDDD}');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99_999 }), (item, grams) => {
        const product = String(item).padStart(5, '0');
        const code = `21${product}${String(grams).padStart(5, '0')}9`;
        const match = matchPattern(code, weight);
        expect(match?.value?.equals(dec(grams).dividedBy(1000))).toBe(true);
        expect(match?.base_code).toBe(`21${product}000009`);
      }),
    );
  });
});
