/**
 * One session sells in one tab of a browser at a time (two tabs would both number receipts from
 * the same login). The Web Locks API holds the lock for as long as the tab lives and frees it when
 * the tab closes or crashes. Where it is missing (plain HTTP on a shop's network is not a secure
 * context), tabs ask each other over a BroadcastChannel: a tab holding the lock answers.
 */
export interface HeldLock {
  release(): void;
}

export type LockAnswer = { readonly ok: true; readonly lock: HeldLock } | { readonly ok: false };

export function sessionLockName(sessionId: number): string {
  return `till-session-${sessionId}`;
}

export async function acquireLock(name: string): Promise<LockAnswer> {
  if (typeof navigator !== 'undefined' && navigator.locks) return acquireWebLock(name);
  if (typeof BroadcastChannel !== 'undefined') return acquireChannelLock(name);
  return { ok: true, lock: { release() {} } };
}

function acquireWebLock(name: string): Promise<LockAnswer> {
  return new Promise((resolve) => {
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    navigator.locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (!lock) {
          resolve({ ok: false });
          return;
        }
        resolve({ ok: true, lock: { release } });
        await held;
      })
      .catch(() => resolve({ ok: false }));
  });
}

type ChannelMessage = { readonly type: 'probe' | 'held'; readonly name: string };

/** Asks the other tabs; silence for a moment means the lock is free. */
export async function acquireChannelLock(name: string, waitMs = 300): Promise<LockAnswer> {
  const channel = new BroadcastChannel('till-locks');
  const taken = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), waitMs);
    channel.onmessage = (e: MessageEvent<ChannelMessage>) => {
      if (e.data.type === 'held' && e.data.name === name) {
        clearTimeout(timer);
        resolve(true);
      }
    };
    channel.postMessage({ type: 'probe', name } satisfies ChannelMessage);
  });
  if (taken) {
    channel.close();
    return { ok: false };
  }
  channel.onmessage = (e: MessageEvent<ChannelMessage>) => {
    if (e.data.type === 'probe' && e.data.name === name)
      channel.postMessage({ type: 'held', name } satisfies ChannelMessage);
  };
  return { ok: true, lock: { release: () => channel.close() } };
}
