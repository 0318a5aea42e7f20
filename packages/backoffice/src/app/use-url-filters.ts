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
      const next = { ...readQuery(search), ...changes };
      if (!('offset' in changes)) delete next.offset;
      navigate(`${location}${queryString(next)}`, { replace: true });
    },
    [search, location, navigate],
  );
  return [filters, setFilters];
}
