import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { TillDb } from '../db/till-db.ts';
import { checkPinOffline, rememberPin } from './pin-cache.ts';

describe('offline PIN check', () => {
  it('accepts a PIN the server accepted before, refuses others, and locks after five wrong ones', async () => {
    const db = new TillDb('pin-test');
    expect(await checkPinOffline(db, 1, '1234')).toEqual({ type: 'unknown' });
    await rememberPin(db, 1, '1234', 1_000);
    expect(await checkPinOffline(db, 1, '1234')).toEqual({ type: 'ok' });
    for (let i = 0; i < 4; i++)
      expect(await checkPinOffline(db, 1, '0000', 1_000)).toEqual({ type: 'wrong' });
    expect(await checkPinOffline(db, 1, '0000', 1_000)).toEqual({ type: 'wrong' });
    expect(await checkPinOffline(db, 1, '1234', 2_000)).toEqual({ type: 'locked', retryAfterSeconds: 59 });
    expect(await checkPinOffline(db, 1, '1234', 70_000)).toEqual({ type: 'ok' });
    expect((await db.pinHashes.get(1))?.hash).not.toContain('1234');
    await db.delete();
  });
});
