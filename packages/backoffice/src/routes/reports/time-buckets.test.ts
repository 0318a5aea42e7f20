import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SalesRow } from './api.ts';
import { fillTimeGaps, nextKey, timeLabel } from './time-buckets.ts';

const row = (key: string, total: string): SalesRow => ({
  key,
  label: key,
  currency: 'EUR',
  orders: 1,
  quantity: '1',
  total_excluded: total,
  total_included: total,
});

describe('nextKey', () => {
  it.each([
    ['2026-11-22T10:00', 'hour', '2026-11-22T11:00'],
    ['2026-11-22T23:00', 'hour', '2026-11-23T00:00'],
    ['2026-12-31T23:00', 'hour', '2027-01-01T00:00'],
    ['2026-02-28', 'day', '2026-03-01'],
    ['2028-02-28', 'day', '2028-02-29'],
    ['2026-12', 'month', '2027-01'],
    ['2026-03', 'month', '2026-04'],
  ] as const)('%s + one %s = %s', (key, group, next) => expect(nextKey(key, group)).toBe(next));
});

describe('fillTimeGaps', () => {
  it('puts zeros in the hours without sales, between the first and the last', () => {
    const filled = fillTimeGaps([row('2026-11-22T22:00', '5.00'), row('2026-11-22T05:00', '3.00')], 'hour');
    expect(filled).toHaveLength(18);
    expect(filled[0]).toMatchObject({ key: '2026-11-22T05:00', total_included: '3.00' });
    expect(filled[1]).toMatchObject({ key: '2026-11-22T06:00', total_included: '0', orders: 0 });
    expect(filled[17]).toMatchObject({ key: '2026-11-22T22:00', total_included: '5.00' });
  });

  it('one day by hour spans at least 08:00 to 19:00', () => {
    const filled = fillTimeGaps([row('2026-11-22T12:00', '5.00')], 'hour');
    expect(filled.map((r) => r.key.slice(11))).toEqual([
      '08:00',
      '09:00',
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
      '17:00',
      '18:00',
      '19:00',
    ]);
  });

  it('hours over several days are not widened', () => {
    const filled = fillTimeGaps([row('2026-11-22T23:00', '1'), row('2026-11-23T01:00', '1')], 'hour');
    expect(filled.map((r) => r.key)).toEqual(['2026-11-22T23:00', '2026-11-23T00:00', '2026-11-23T01:00']);
  });

  it('nothing sold: nothing to chart', () => expect(fillTimeGaps([], 'hour')).toEqual([]));

  it('leaves groups that are not time alone', () => {
    const rows = [row('2', '1'), row('1', '2')];
    expect(fillTimeGaps(rows, 'shop')).toEqual(rows);
  });

  it('keeps every row it was given, in key order, with no key twice (any days)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 20 }),
        (offsets) => {
          const keys = offsets.map((o) => {
            const d = new Date(Date.UTC(2026, 0, 1 + o));
            return d.toISOString().slice(0, 10);
          });
          const filled = fillTimeGaps(
            keys.map((k) => row(k, '1')),
            'day',
          );
          const filledKeys = filled.map((r) => r.key);
          expect(new Set(filledKeys).size).toBe(filledKeys.length);
          expect([...filledKeys].sort()).toEqual(filledKeys);
          for (const k of keys) expect(filledKeys).toContain(k);
          expect(filled.length).toBe(Math.max(...offsets) - Math.min(...offsets) + 1);
        },
      ),
    );
  });
});

describe('timeLabel', () => {
  it.each([
    ['2026-11-22T10:00', 'hour', false, '10:00'],
    ['2026-11-22T10:00', 'hour', true, 'Nov 22 10:00'],
    ['2026-11-02', 'day', false, 'Nov 2'],
    ['2026-11', 'month', false, 'Nov 2026'],
  ] as const)('%s by %s reads %s', (key, group, several, label) =>
    expect(timeLabel(key, group, several)).toBe(label),
  );
});
