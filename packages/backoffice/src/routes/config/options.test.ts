import { describe, expect, it } from 'vitest';
import { treeNames } from './options.ts';

describe('treeNames', () => {
  it('names a category under its parents, prefers the server’s full name, survives a loop', () => {
    const names = treeNames([
      { id: 1, name: 'Food', parent_id: null },
      { id: 2, name: 'Bakery', parent_id: 1 },
      { id: 3, name: 'Bread', parent_id: 2 },
      { id: 4, name: 'Drinks', full_name: 'All / Drinks' },
      { id: 5, name: 'A', parent_id: 6 },
      { id: 6, name: 'B', parent_id: 5 },
      { id: 7, name: 'Orphan', parent_id: 99 },
    ]);
    expect(names.get(3)).toBe('Food / Bakery / Bread');
    expect(names.get(2)).toBe('Food / Bakery');
    expect(names.get(4)).toBe('All / Drinks');
    expect(names.get(5)).toBe('B / A');
    expect(names.get(7)).toBe('Orphan');
  });
});
