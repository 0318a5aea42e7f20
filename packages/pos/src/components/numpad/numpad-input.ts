/**
 * What the keypad has typed so far for one field (a quantity, a discount, a price, an amount).
 * `fresh` means nothing was typed since the field was chosen: the first digit replaces the shown
 * value instead of adding to it. Both `,` and `.` are the decimal separator.
 */
export interface NumpadInput {
  readonly text: string;
  readonly fresh: boolean;
}

export const FRESH: NumpadInput = { text: '', fresh: true };

export const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;
export type NumpadKey = (typeof DIGIT_KEYS)[number] | '.' | '+/-' | 'Backspace';

export type NumpadResult =
  /** The field takes this decimal text. */
  | { readonly type: 'set'; readonly input: NumpadInput; readonly value: string }
  /** Backspace on an empty field: the caller decides (zero, or remove the line at zero). */
  | { readonly type: 'cleared'; readonly input: NumpadInput };

/** `current` is the field's value as shown, for +/- on a fresh field. */
export function pressNumpadKey(input: NumpadInput, key: NumpadKey, current: string): NumpadResult {
  const text = input.fresh ? '' : input.text;
  switch (key) {
    case 'Backspace': {
      if (text === '' || text === '-') return { type: 'cleared', input: { text: '', fresh: false } };
      const next = text.slice(0, -1);
      return set(next);
    }
    case '+/-': {
      const base = text === '' ? (input.fresh ? current : '') : text;
      const next = base.startsWith('-') ? base.slice(1) : `-${base}`;
      return set(next);
    }
    case '.':
      if (text.includes('.')) return set(text);
      return set(text === '' || text === '-' ? `${text}0.` : `${text}.`);
    default: {
      // One leading zero at most: 0 then 5 is 5, 0.0 stays.
      const next = text === '0' ? key : text === '-0' ? `-${key}` : text + key;
      return set(next);
    }
  }
}

function set(text: string): NumpadResult {
  return { type: 'set', input: { text, fresh: false }, value: valueOf(text) };
}

/** The decimal text a typed text stands for: "" and "-" are 0, "3." is 3. */
export function valueOf(text: string): string {
  if (text === '' || text === '-') return '0';
  const trimmed = text.endsWith('.') ? text.slice(0, -1) : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** A physical key as a keypad key: digits, both separators, minus for +/-, Backspace/Delete. */
export function keypadKeyOf(key: string): NumpadKey | null {
  if ((DIGIT_KEYS as readonly string[]).includes(key)) return key as NumpadKey;
  if (key === '.' || key === ',') return '.';
  if (key === '-') return '+/-';
  if (key === 'Backspace' || key === 'Delete') return 'Backspace';
  return null;
}
