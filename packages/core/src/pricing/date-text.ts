/**
 * A date as pricing meets it in text: a day (`2026-11-22`) or a date-time (`2026-11-22T18:30`,
 * `2026-11-22 18:30:00.000`), the latter maybe with an offset (`Z`, `+01:00`, `+0100`). The server
 * sends rule dates as instants (`…T00:00:00.000Z`); the till sends the day of sale.
 *
 * Comparing two of them:
 * - when either is only a day, they are compared by day, as written: a sale on 2026-01-01 is
 *   within a rule starting `2026-01-01T00:00:00Z`, and a date end covers its whole day;
 * - when both carry an offset, as instants (10:30+01:00 is before 10:00Z);
 * - otherwise by the clock as written (both are taken in the shop's time).
 * Pure: no clock and no time zone of the machine is read.
 */
export interface DateText {
  /** YYYY-MM-DD, as written. */
  readonly day: string;
  /** Milliseconds of the clock as written, counted as if it were UTC; null for a day. */
  readonly clock: number | null;
  /** Minutes ahead of UTC; null when not written. */
  readonly offsetMinutes: number | null;
}

const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** Reads a date text; undefined when it is not one (or not a day of the calendar: 2026-02-30). */
export function readDateText(text: string): DateText | undefined {
  const m = DATE_TEXT.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const day = `${y}-${mo}-${d}`;
  const dayMs = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  if (new Date(dayMs).toISOString().slice(0, 10) !== day) return undefined;
  if (h === undefined) return { day, clock: null, offsetMinutes: null };
  const [hours, minutes, seconds] = [Number(h), Number(mi ?? 0), Number(s ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const clock = dayMs + ((hours * 60 + minutes) * 60 + seconds) * 1000 + ms;
  return { day, clock, offsetMinutes: zone === undefined ? null : readOffset(zone) };
}

function readOffset(zone: string): number {
  if (zone.toUpperCase() === 'Z') return 0;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
  return zone.startsWith('-') ? -minutes : minutes;
}

/** Negative, zero or positive as `a` is before, the same as, or after `b` (rules above). */
export function compareDateTexts(a: DateText, b: DateText): number {
  if (a.clock === null || b.clock === null) return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
  const asInstants = a.offsetMinutes !== null && b.offsetMinutes !== null;
  const at = (t: DateText, clock: number) => (asInstants ? clock - (t.offsetMinutes ?? 0) * 60_000 : clock);
  return Math.sign(at(a, a.clock) - at(b, b.clock));
}
