import type { TillDb } from '../db/till-db.ts';

const ITERATIONS = 200_000;
const MAX_FAILURES = 5;
const LOCK_MS = 60_000;

/*
 * Offline cashier login. A PIN the server accepted is kept on the device as a slow salted hash
 * (PBKDF2-SHA-256), so that the same cashier can unlock the till while the network is down; five
 * wrong PINs in a row lock that cashier for a minute. Online, the server checks every PIN.
 * Needs a secure context (crypto.subtle): without it, offline unlock is not offered.
 */

const toHex = (bytes: ArrayBuffer | Uint8Array) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

async function derive(pin: string, saltHex: string, iterations: number): Promise<string> {
  const salt = new Uint8Array(saltHex.match(/../g)!.map((h) => parseInt(h, 16)));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return toHex(bits);
}

export function offlinePinAvailable(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

export async function rememberPin(
  db: TillDb,
  employeeId: number,
  pin: string,
  iterations = ITERATIONS,
): Promise<void> {
  if (!offlinePinAvailable()) return;
  const salt = toHex(crypto.getRandomValues(new Uint8Array(16)));
  await db.pinHashes.put({
    employee_id: employeeId,
    salt,
    iterations,
    hash: await derive(pin, salt, iterations),
  });
}

const failures = new Map<number, { count: number; until: number }>();

export type OfflinePinAnswer =
  | { readonly type: 'ok' }
  | { readonly type: 'wrong' }
  | { readonly type: 'unknown' }
  | { readonly type: 'locked'; readonly retryAfterSeconds: number };

export async function checkPinOffline(
  db: TillDb,
  employeeId: number,
  pin: string,
  now = Date.now(),
): Promise<OfflinePinAnswer> {
  const lock = failures.get(employeeId);
  if (lock && lock.until > now)
    return { type: 'locked', retryAfterSeconds: Math.ceil((lock.until - now) / 1000) };
  const stored = await db.pinHashes.get(employeeId);
  if (!stored || !offlinePinAvailable()) return { type: 'unknown' };
  if ((await derive(pin, stored.salt, stored.iterations)) === stored.hash) {
    failures.delete(employeeId);
    return { type: 'ok' };
  }
  const count = (lock?.count ?? 0) + 1;
  failures.set(employeeId, {
    count: count >= MAX_FAILURES ? 0 : count,
    until: count >= MAX_FAILURES ? now + LOCK_MS : 0,
  });
  return { type: 'wrong' };
}
