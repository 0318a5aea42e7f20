import { describe, expect, it } from 'vitest';
import { acquireChannelLock } from './session-lock.ts';

describe('acquireChannelLock (the fallback without Web Locks)', () => {
  it('a second tab asking for the same session is told it is taken, until the first lets go', async () => {
    const first = await acquireChannelLock('till-session-1', 50);
    expect(first.ok).toBe(true);
    expect((await acquireChannelLock('till-session-1', 50)).ok).toBe(false);
    expect((await acquireChannelLock('till-session-2', 50)).ok).toBe(true);
    if (first.ok) first.lock.release();
    const again = await acquireChannelLock('till-session-1', 50);
    expect(again.ok).toBe(true);
    if (again.ok) again.lock.release();
  });
});
