import { describe, expect, it } from 'vitest';
import { orderState, reviewState, sessionState } from './states.ts';

describe('states in words', () => {
  it.each([
    ['opened', false, 'Selling'],
    ['closing_control', false, 'Closing'],
    ['closed', false, 'Closed'],
    ['opened', true, 'To close'],
    ['closed', true, 'Closed'],
  ] as const)('a session %s (rescue: %s) reads %s', (state, rescue, label) =>
    expect(sessionState(state, rescue).label).toBe(label),
  );

  it('an unpaid order, and an order with no review', () => {
    expect(orderState('draft').label).toBe('Unpaid');
    expect(reviewState('none')).toBeNull();
    expect(reviewState('to_review')).toEqual({ label: 'To review', tone: 'danger' });
  });
});
