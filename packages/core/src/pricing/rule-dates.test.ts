import { describe, expect, it } from 'vitest';
import { withinDates } from './rule-dates.ts';

const november = { date_start: '2026-11-01', date_end: '2026-11-22' };
// As the server syncs them: instants, from a year's first midnight to its last second (UTC).
const year2026 = { date_start: '2026-01-01T00:00:00.000Z', date_end: '2026-12-31T23:59:59.000Z' };
const happyHour = { date_start: '2026-11-22T17:00:00+01:00', date_end: '2026-11-22T19:00:00+01:00' };

describe('withinDates', () => {
  it.each([
    ['a rule without dates applies any day', { date_start: null, date_end: null }, '2026-11-22', true],
    ['a rule without dates applies when the date is unknown', {}, null, true],
    ['a dated rule does not apply when the date of sale is unknown', november, null, false],
    ['the day before the start is out', november, '2026-10-31', false],
    ['the start day is in (inclusive)', november, '2026-11-01', true],
    ['the end day is in (inclusive)', november, '2026-11-22', true],
    ['a date end covers its whole day, to the last minute', november, '2026-11-22T23:59:00+01:00', true],
    ['the day after the end is out', november, '2026-11-23', false],
    ['an open start: everything up to the end', { date_end: '2026-11-22' }, '1999-01-01', true],
    ['an open end: everything from the start', { date_start: '2026-11-01' }, '2099-12-31', true],
    ['a synced rule applies on its first day', year2026, '2026-01-01', true],
    ['a synced rule applies on its last day', year2026, '2026-12-31', true],
    ['a synced rule ends with its year', year2026, '2027-01-01', false],
    ['happy hour: 18:00 local is in', happyHour, '2026-11-22T18:00:00+01:00', true],
    ['happy hour: 19:00 local, the end, is in', happyHour, '2026-11-22T18:00:00Z', true],
    ['happy hour: 19:01 local is out', happyHour, '2026-11-22T18:01:00Z', false],
    ['happy hour: 16:59 local is out', happyHour, '2026-11-22T16:59:00+01:00', false],
    ['an unreadable date of sale: the rule is not applied on a guess', november, 'yesterday', false],
    ['an unreadable rule date: the rule is not applied', { date_start: 'soon' }, '2026-11-22', false],
  ])('%s', (_name, dates, date, expected) => {
    expect(withinDates(dates, date)).toBe(expected);
  });
});
