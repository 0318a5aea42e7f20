import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullNames, makesCycle, type TreeNode } from './tree.ts';

const tree: TreeNode[] = [
  { id: 1, name: 'Drinks', parent_id: null },
  { id: 2, name: 'Hot', parent_id: 1 },
  { id: 3, name: 'Tea', parent_id: 2 },
  { id: 4, name: 'Food', parent_id: null },
];

describe('the category tree', () => {
  it('names each category from the root', () => {
    expect(fullNames(tree)).toEqual(
      new Map([
        [1, 'Drinks'],
        [2, 'Drinks / Hot'],
        [3, 'Drinks / Hot / Tea'],
        [4, 'Food'],
      ]),
    );
  });

  it('sees a cycle under itself or a descendant, none elsewhere', () => {
    expect(makesCycle(tree, 1, 1)).toBe(true);
    expect(makesCycle(tree, 1, 3)).toBe(true);
    expect(makesCycle(tree, 3, 1)).toBe(false);
    expect(makesCycle(tree, 2, 4)).toBe(false);
    expect(makesCycle(tree, 2, null)).toBe(false);
  });

  it('any sequence of moves it allows keeps every category reachable from a root', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.option(fc.integer({ min: 1, max: 8 })))),
        (moves) => {
          let nodes: TreeNode[] = Array.from({ length: 8 }, (_, i) => ({
            id: i + 1,
            name: `c${i + 1}`,
            parent_id: null,
          }));
          for (const [id, parent] of moves) {
            if (makesCycle(nodes, id, parent)) continue;
            nodes = nodes.map((n) => (n.id === id ? { ...n, parent_id: parent } : n));
          }
          const names = fullNames(nodes);
          for (const n of nodes) {
            // reaching the root: the path has as many names as steps up, and ends at this node
            expect(names.get(n.id)!.endsWith(n.name)).toBe(true);
            let depth = 0;
            for (let at: number | null = n.id; at !== null; at = nodes.find((x) => x.id === at)!.parent_id)
              depth++;
            expect(names.get(n.id)!.split(' / ')).toHaveLength(depth);
          }
        },
      ),
    );
  });
});
