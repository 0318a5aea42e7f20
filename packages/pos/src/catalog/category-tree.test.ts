import { describe, expect, it } from 'vitest';
import { CategoryTree } from './category-tree.ts';

const tree = new CategoryTree([
  { id: 1, name: 'Drinks', parent_id: null, sequence: 2 },
  { id: 2, name: 'Food', parent_id: null, sequence: 1 },
  { id: 3, name: 'Soft', parent_id: 1, sequence: 1 },
  { id: 4, name: 'Hot', parent_id: 1, sequence: 0 },
  { id: 5, name: 'Tea', parent_id: 4, sequence: 0 },
  { id: 6, name: 'Orphan', parent_id: 99, sequence: 0 },
]);

describe('CategoryTree', () => {
  it('lists children by sequence; a category whose parent is missing is top-level', () => {
    expect(tree.childrenOf(null).map((c) => c.name)).toEqual(['Orphan', 'Food', 'Drinks']);
    expect(tree.childrenOf(1).map((c) => c.name)).toEqual(['Hot', 'Soft']);
  });

  it('gives the breadcrumb path from the top', () => {
    expect(tree.pathTo(5).map((c) => c.name)).toEqual(['Drinks', 'Hot', 'Tea']);
    expect(tree.pathTo(null)).toEqual([]);
  });

  it('a subtree holds the category and all below it', () => {
    expect([...tree.subtree(1)].sort()).toEqual([1, 3, 4, 5]);
    expect([...tree.subtree(5)]).toEqual([5]);
  });
});
