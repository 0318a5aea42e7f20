import { describe, expect, it } from 'vitest';
import { queryString } from '../api/query-string.ts';
import { nextFilters } from './use-url-filters.ts';

describe('nextFilters', () => {
  it('a changed filter goes back to the first page', () => {
    expect(nextFilters({ shop_id: '1', offset: '100' }, { state: 'closed' })).toEqual({
      shop_id: '1',
      state: 'closed',
    });
  });
  it('changing the page keeps the filters', () => {
    expect(nextFilters({ shop_id: '1', offset: '50' }, { offset: '100' })).toEqual({
      shop_id: '1',
      offset: '100',
    });
  });
  it('a filter cleared (undefined or empty) leaves the URL', () => {
    expect(queryString(nextFilters({ shop_id: '1', q: 'tea' }, { shop_id: '', q: undefined }))).toBe('');
  });
});
