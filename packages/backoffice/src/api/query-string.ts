/** A filter value as a screen holds it: empty strings and undefined mean "not filtered". */
export type QueryValue = string | number | boolean | null | undefined;

/**
 * `?a=1&b=x` from filters, leaving out what is not set, in the order given (so the same filters
 * always make the same URL, which keeps links and caches stable). Empty when nothing is set.
 */
export function queryString(params: Readonly<Record<string, QueryValue>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The filters in a URL's search part, as strings (what a filter form shows). */
export function readQuery(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}
