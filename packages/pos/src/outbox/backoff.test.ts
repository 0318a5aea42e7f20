import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './backoff.ts';

describe('retryDelayMs', () => {
  it.each([
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [7, 60_000],
    [50, 60_000],
  ])('failure %i waits %i ms at the middle of the spread', (failures, expected) => {
    expect(retryDelayMs(failures, () => 0.5)).toBe(expected);
  });

  it('spreads by ±20 %', () => {
    expect(retryDelayMs(1, () => 0)).toBe(800);
    expect(retryDelayMs(1, () => 0.999999)).toBe(1_200);
  });
});
