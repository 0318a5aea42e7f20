import type { SalesGroup, SalesRow } from './api.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The key after `key` for an hour ("2026-11-22T10:00"), a day ("2026-11-22") or a month ("2026-11"). */
export function nextKey(key: string, group: 'hour' | 'day' | 'month'): string {
  if (group === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  }
  // Calendar arithmetic in UTC on the key's own fields: the key is already in the shop's time.
  const [date, time = '00:00'] = key.split('T') as [string, string?];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const h = Number(time.slice(0, 2));
  const t = new Date(Date.UTC(y, mo - 1, d, h));
  if (group === 'hour') t.setUTCHours(t.getUTCHours() + 1);
  else t.setUTCDate(t.getUTCDate() + 1);
  const day = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  return group === 'hour' ? `${day}T${pad(t.getUTCHours())}:00` : day;
}

const zeroRow = (key: string, currency: string): SalesRow => ({
  key,
  label: key,
  currency,
  orders: 0,
  quantity: '0',
  total_excluded: '0',
  total_included: '0',
});

/** The hours a day's chart spans at least, so one day's sales read as a day (08:00 to 19:00). */
export const DAY_HOURS = { first: 8, last: 19 } as const;

/**
 * Rows over time with the empty buckets between the first and the last filled in, so a chart's
 * axis is even (an hour without a sale is a zero, not a missing tick). By hour over one day, the
 * axis spans at least DAY_HOURS. Other groups are unchanged. At most 2,000 buckets.
 */
export function fillTimeGaps(rows: readonly SalesRow[], group: SalesGroup): SalesRow[] {
  if (group !== 'hour' && group !== 'day' && group !== 'month') return [...rows];
  if (rows.length === 0) return [];
  const sorted = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  const byKey = new Map(sorted.map((r) => [r.key, r]));
  let first = sorted[0]!.key;
  let last = sorted[sorted.length - 1]!.key;
  const date = first.slice(0, 10);
  if (group === 'hour' && last.slice(0, 10) === date) {
    const bound = (h: number) => `${date}T${pad(h)}:00`;
    if (bound(DAY_HOURS.first) < first) first = bound(DAY_HOURS.first);
    if (bound(DAY_HOURS.last) > last) last = bound(DAY_HOURS.last);
  }
  const currency = sorted[0]!.currency;
  const out: SalesRow[] = [];
  for (let key = first, n = 0; n < 2000; key = nextKey(key, group), n++) {
    out.push(byKey.get(key) ?? zeroRow(key, currency));
    if (key >= last) break;
  }
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A short label for a time bucket: "10:00" (or "Nov 22 10:00" over several days), "Nov 22", "Nov 2026". */
export function timeLabel(key: string, group: SalesGroup, severalDays: boolean): string {
  if (group === 'month') {
    const [y, m] = key.split('-');
    return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
  }
  if (group !== 'hour' && group !== 'day') return key;
  const [date, time] = key.split('T') as [string, string?];
  const [, m, d] = date.split('-');
  const day = `${MONTHS[Number(m) - 1] ?? m} ${Number(d)}`;
  if (group === 'day') return day;
  return severalDays ? `${day} ${time ?? ''}` : (time ?? key);
}
