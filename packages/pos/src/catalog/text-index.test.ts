import { describe, expect, it } from 'vitest';
import { normalizeText, TextIndex } from './text-index.ts';

function index(entries: [number, string, number | null][]): TextIndex {
  const i = new TextIndex();
  for (const [id, text, group] of entries) i.upsert(id, text, group);
  return i;
}

const products = index([
  [1, 'Espresso E-001 5449000000996', 10],
  [2, 'Crème brûlée', 20],
  [3, 'Double espresso', 10],
  [4, 'Orange juice OJ-1', 30],
]);

describe('TextIndex', () => {
  it.each([
    ['every word must match, any order', 'espresso double', [3]],
    ['accents and case do not matter', 'CREME brul', [2]],
    ['an entry starting with the first word ranks first', 'espresso', [1, 3]],
    ['internal reference', 'oj-1', [4]],
    ['barcode', '5449000000996', [1]],
    ['empty query: everything, in the order added', '', [1, 2, 3, 4]],
    ['nothing matches', 'tea', []],
  ])('%s', (_name, query, expected) => {
    expect(products.search({ query, groups: null })).toEqual(expected);
  });

  it('filters by group (a category and its sub-categories)', () => {
    expect(products.search({ query: '', groups: new Set([10, 30]) })).toEqual([1, 3, 4]);
  });

  it('narrowing a query by one letter gives the same answer as a fresh search', () => {
    const i = index([
      [1, 'apple', null],
      [2, 'apricot', null],
      [3, 'banana apple', null],
    ]);
    expect(i.search({ query: 'ap', groups: null })).toEqual([1, 2, 3]);
    expect(i.search({ query: 'apr', groups: null })).toEqual([2]);
    expect(i.search({ query: 'app', groups: null })).toEqual([1, 3]);
  });

  it('sees changes made between two searches', () => {
    const i = index([[1, 'apple', null]]);
    expect(i.search({ query: 'ap', groups: null })).toEqual([1]);
    i.upsert(2, 'apricot', null);
    expect(i.search({ query: 'apr', groups: null })).toEqual([2]);
    i.remove(2);
    i.upsert(1, 'pear', null);
    expect(i.search({ query: 'apr', groups: null })).toEqual([]);
    expect(i.size).toBe(1);
  });

  it('keeps answering after many removals (compaction)', () => {
    const i = new TextIndex();
    for (let id = 0; id < 5000; id++) i.upsert(id, `product ${id}`, null);
    for (let id = 0; id < 4000; id++) i.remove(id);
    expect(i.size).toBe(1000);
    expect(i.search({ query: 'product 4999', groups: null })).toEqual([4999]);
    i.upsert(7, 'product seven', null);
    expect(i.search({ query: 'seven', groups: null })).toEqual([7]);
  });

  it('normalizes text', () => {
    expect(normalizeText('Ÿogurt Éclair')).toBe('yogurt eclair');
  });
});
