import { describe, expect, it } from 'vitest';
import { dayRange, formatDateTime, localDay } from './dates.ts';

describe('dates', () => {
  it('a day range covers the whole of the last day, in local time', () => {
    const { from, to } = dayRange('2026-11-01', '2026-11-23');
    expect(new Date(from!).getDate()).toBe(1);
    expect(new Date(from!).getHours()).toBe(0);
    const end = new Date(to!);
    expect([end.getDate(), end.getHours(), end.getMinutes(), end.getMilliseconds()]).toEqual([
      23, 23, 59, 999,
    ]);
  });

  it('an empty day leaves that end open', () => {
    expect(dayRange('', '')).toEqual({});
    expect(Object.keys(dayRange('2026-11-01', ''))).toEqual(['from']);
  });

  it('localDay is the date input form of a local date', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('a broken instant is shown as sent, a missing one as nothing', () => {
    expect(formatDateTime('yesterday')).toBe('yesterday');
    expect(formatDateTime(null)).toBe('');
  });
});
