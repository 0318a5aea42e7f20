import { describe, expect, it } from 'vitest';
import { queryString, readQuery } from './query-string.ts';

describe('queryString', () => {
  it('leaves out what is not set and keeps the order given', () => {
    expect(queryString({ q: 'coffee', shop_id: 2, state: '', flagged: undefined, limit: 50, x: null })).toBe(
      '?q=coffee&shop_id=2&limit=50',
    );
  });
  it('is empty when nothing is set', () => expect(queryString({ q: '' })).toBe(''));
  it('writes booleans and encodes text', () => {
    expect(queryString({ flagged: true, q: 'a&b c' })).toBe('?flagged=true&q=a%26b+c');
  });
  it('reads back what it wrote', () => {
    expect(readQuery(queryString({ receipt: '0001-001-0004', shop_id: 3 }))).toEqual({
      receipt: '0001-001-0004',
      shop_id: '3',
    });
  });
});
