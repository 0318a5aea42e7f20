import { describe, expect, it } from 'vitest';
import { reviewFilter } from './order-filters.ts';

describe('reviewFilter', () => {
  it.each([
    ['', {}],
    ['flagged', { flagged: 'true' }],
    ['to_review', { review_state: 'to_review' }],
    ['accepted', { review_state: 'accepted' }],
    ['corrected', { review_state: 'corrected' }],
    ['anything else', {}],
  ])('%s → %j', (choice, query) => expect(reviewFilter(choice)).toEqual(query));
});
