/**
 * How long to wait before retrying after the n-th failure in a row (n ≥ 1): 1 s, 2 s, 4 s… up to a
 * minute, each spread by ±20 % so that tills cut off together do not all come back in the same
 * second. `random` is injectable for tests.
 */
export function retryDelayMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(60_000, 1_000 * 2 ** Math.max(0, failures - 1));
  const spread = 0.8 + 0.4 * random();
  return Math.round(base * spread);
}
