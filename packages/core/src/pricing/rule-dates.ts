import { compareDateTexts, readDateText } from './date-text.ts';
import type { PricelistRule } from './types.ts';

/**
 * A rule's validity: it applies from `date_start` to `date_end`, both inclusive, either maybe
 * unset (open). A date end given as a day covers that whole day (see `date-text.ts` for how a day
 * and a date-time compare). A rule with dates does not apply when the date of sale is unknown
 * (null), nor when a date cannot be read: a price is never given on a guess. The readers of
 * outside input (`compute/read-catalog.ts`) refuse unreadable dates before they get here.
 */
export function withinDates(
  rule: Pick<PricelistRule, 'date_start' | 'date_end'>,
  date: string | null,
): boolean {
  if (!rule.date_start && !rule.date_end) return true;
  if (date === null) return false;
  const sale = readDateText(date);
  if (!sale) return false;
  if (rule.date_start) {
    const start = readDateText(rule.date_start);
    if (!start || compareDateTexts(sale, start) < 0) return false;
  }
  if (rule.date_end) {
    const end = readDateText(rule.date_end);
    if (!end || compareDateTexts(sale, end) > 0) return false;
  }
  return true;
}
