import { describe, expect, it } from 'vitest';
import { compareDateTexts, readDateText } from './date-text.ts';

function compare(a: string, b: string): number {
  const [x, y] = [readDateText(a), readDateText(b)];
  if (!x || !y) throw new Error(`unreadable: ${a} / ${b}`);
  return compareDateTexts(x, y);
}

describe('readDateText', () => {
  it.each([
    ['a day', '2026-11-22', { day: '2026-11-22', clock: null, offsetMinutes: null }],
    ['a date-time without offset', '2026-11-22T18:30', { day: '2026-11-22', offsetMinutes: null }],
    ['a space instead of T, with seconds', '2026-11-22 18:30:05', { day: '2026-11-22' }],
    ['a UTC instant as the server sends it', '2026-01-01T00:00:00.000Z', { offsetMinutes: 0 }],
    ['an offset with a colon', '2026-11-22T10:00:00+01:00', { offsetMinutes: 60 }],
    ['an offset without a colon, west of UTC', '2026-11-22T10:00:00-0530', { offsetMinutes: -330 }],
  ])('reads %s', (_name, text, expected) => {
    expect(readDateText(text)).toMatchObject(expected);
  });

  it.each([
    ['a day that is not in the calendar', '2026-02-30'],
    ['an hour past 23', '2026-11-22T24:00'],
    ['a day written the other way round', '22/11/2026'],
    ['empty text', ''],
  ])('refuses %s', (_name, text) => {
    expect(readDateText(text)).toBeUndefined();
  });
});

describe('compareDateTexts', () => {
  it.each([
    ['two days, by day', '2026-11-21', '2026-11-22', -1],
    ['a day and an instant on that day are the same day', '2026-01-01', '2026-01-01T00:00:00.000Z', 0],
    ['a late evening is still its day as written', '2026-11-22T23:59:00+01:00', '2026-11-22', 0],
    [
      'two instants, across offsets: 10:30+01:00 is 09:30Z',
      '2026-11-22T10:30:00+01:00',
      '2026-11-22T10:00Z',
      -1,
    ],
    ['the same instant in two offsets', '2026-11-22T11:00:00+01:00', '2026-11-22T10:00:00Z', 0],
    ['clock times without offsets, as written', '2026-11-22 18:00', '2026-11-22T17:59:59.999', 1],
    ['one offset missing: clock times as written', '2026-11-22T10:30:00+01:00', '2026-11-22T10:00', 1],
    ['milliseconds count', '2026-11-22T10:00:00.001Z', '2026-11-22T10:00:00Z', 1],
  ])('%s', (_name, a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
    expect(compare(b, a)).toBe(-expected || 0);
  });
});
