import { useCallback } from 'react';
import { useLocation, useSearch } from 'wouter';
import { queryString, readQuery } from '../api/query-string.ts';

/**
 * A list's filters live in the URL (`/orders?shop_id=2&flagged=true`), so a filtered list can be
 * bookmarked, shared and gone back to. Changing a filter goes back to the first page.
 */
export function useUrlFilters(): [
  Record<string, string>,
  (changes: Record<string, string | undefined>) => void,
] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filters = readQuery(search);
  const setFilters = useCallback(
    (changes: Record<string, string | undefined>) => {
      navigate(`${location}${queryString(nextFilters(readQuery(search), changes))}`, { replace: true });
    },
    [search, location, navigate],
  );
  return [filters, setFilters];
}

/** The filters after a change: a changed filter starts again from the first page. */
export function nextFilters(
  current: Readonly<Record<string, string>>,
  changes: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const next: Record<string, string | undefined> = { ...current, ...changes };
  if (!('offset' in changes)) delete next.offset;
  return next;
}
