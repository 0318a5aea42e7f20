import { describe, expect, it } from 'vitest';
import { categoryAncestry } from './category-ancestry.ts';
import { cafeCategories } from './pricing-fixtures.ts';
import type { Category } from './types.ts';

describe('categoryAncestry', () => {
  it.each([
    [
      'a sub-category, then its parents up to the top',
      'coffee',
      cafeCategories,
      ['coffee', 'drinks', 'food'],
    ],
    ['a top category alone', 'food', cafeCategories, ['food']],
    ['no category: nothing', null, cafeCategories, []],
    ['a category missing from the tree: itself only', 'tea', cafeCategories, ['tea']],
    [
      'an unknown parent ends the walk',
      'b',
      [{ id: 'b', parent: 'gone' }] satisfies Category[],
      ['b', 'gone'],
    ],
    [
      'a loop in the tree is cut where it closes',
      'a',
      [
        { id: 'a', parent: 'b' },
        { id: 'b', parent: 'c' },
        { id: 'c', parent: 'a' },
      ] satisfies Category[],
      ['a', 'b', 'c'],
    ],
    ['a category that is its own parent', 'x', [{ id: 'x', parent: 'x' }] satisfies Category[], ['x']],
  ] as const)('%s', (_name, category, categories, expected) => {
    expect(categoryAncestry(category, categories)).toEqual(expected);
  });
});
