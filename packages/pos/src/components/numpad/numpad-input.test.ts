import { describe, expect, it } from 'vitest';
import { FRESH, keypadKeyOf, pressNumpadKey, type NumpadInput, type NumpadKey } from './numpad-input.ts';

function typeKeys(keys: NumpadKey[], current = '1', start: NumpadInput = FRESH) {
  let input = start;
  let last = null as ReturnType<typeof pressNumpadKey> | null;
  for (const k of keys) {
    last = pressNumpadKey(input, k, current);
    input = last.input;
  }
  return last!;
}

describe('pressNumpadKey', () => {
  it.each<[string, NumpadKey[], string]>([
    ['the first digit replaces the shown value', ['5'], '5'],
    ['digits add up', ['1', '2'], '12'],
    ['a separator then digits', ['2', '.', '5'], '2.5'],
    ['a separator first means 0.', ['.', '5'], '0.5'],
    ['a second separator is ignored', ['1', '.', '.', '5'], '1.5'],
    ['a trailing separator reads as the integer', ['3', '.'], '3'],
    ['no leading zeros', ['0', '0', '7'], '7'],
    ['+/- on a fresh field negates the shown value', ['+/-'], '-1'],
    ['+/- then digits types a negative number', ['+/-', '2'], '-12'],
    ['+/- after digits', ['4', '+/-'], '-4'],
    ['+/- twice is positive again', ['4', '+/-', '+/-'], '4'],
    ['backspace removes the last character', ['1', '2', 'Backspace'], '1'],
  ])('%s', (_name, keys, expected) => {
    const result = typeKeys(keys);
    expect(result.type).toBe('set');
    if (result.type === 'set') expect(result.value).toBe(expected);
  });

  it('backspace on an empty field says so (the caller may remove the line)', () => {
    expect(typeKeys(['Backspace']).type).toBe('cleared');
    expect(typeKeys(['5', 'Backspace', 'Backspace']).type).toBe('cleared');
  });
});

describe('keypadKeyOf', () => {
  it.each([
    ['7', '7'],
    [',', '.'],
    ['.', '.'],
    ['-', '+/-'],
    ['Delete', 'Backspace'],
    ['a', null],
  ])('%s → %s', (key, expected) => {
    expect(keypadKeyOf(key)).toBe(expected);
  });
});
