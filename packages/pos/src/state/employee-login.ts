import type { TillEmployee } from '@till/core';
import type { TillApi } from '../api/till-api.ts';
import type { TillDb } from '../db/till-db.ts';
import { checkPinOffline, rememberPin } from '../device/pin-cache.ts';

/**
 * A cashier's PIN: checked by the server when it answers (and then remembered as a slow hash for
 * offline use), checked against that hash when the network is down.
 */
export async function loginEmployee(
  db: TillDb,
  api: TillApi,
  shopId: number,
  employee: TillEmployee,
  pin: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const answer = await api.employeeLogin(shopId, employee.id, pin);
  if (answer.ok) {
    await rememberPin(db, employee.id, pin);
    return { ok: true };
  }
  const f = answer.error;
  if (f.type === 'http') {
    if (f.status === 401) return { ok: false, error: 'Wrong PIN.' };
    if (f.status === 429) {
      const wait = Number(f.body.retry_after ?? f.body.retry_after_seconds);
      return {
        ok: false,
        error: Number.isFinite(wait) ? `Too many wrong PINs: try again in ${wait} s.` : f.message,
      };
    }
    return { ok: false, error: f.message };
  }
  const offline = await checkPinOffline(db, employee.id, pin);
  switch (offline.type) {
    case 'ok':
      return { ok: true };
    case 'wrong':
      return { ok: false, error: 'Wrong PIN.' };
    case 'locked':
      return { ok: false, error: `Too many wrong PINs: try again in ${offline.retryAfterSeconds} s.` };
    case 'unknown':
      return {
        ok: false,
        error: `The server cannot be reached, and ${employee.name} has not unlocked this till online before: the PIN cannot be checked offline.`,
      };
  }
}
