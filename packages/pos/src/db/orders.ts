import { formatReceiptNumber } from '@till/core';
import type { DeviceSession } from './device-state.ts';
import { readDevice, writeDevice } from './device-state.ts';
import type { TillDb } from './till-db.ts';
import { EMPTY_SYNC, type TillOrder } from '../order/till-order.ts';

export interface NewOrderInput {
  readonly uid: string;
  readonly now: Date;
  readonly employee_id: number | null;
  readonly pricelist_id: number | null;
}

/**
 * A new empty order with the device's next receipt number. The sequence is taken and the order
 * stored in one transaction: a number is never given twice, even across a crash.
 */
export async function createOrder(db: TillDb, input: NewOrderInput): Promise<TillOrder> {
  return db.transaction('rw', db.kv, db.orders, async () => {
    const device = await readDevice(db, 'session');
    if (!device) throw new Error('no session on this device');
    const sequence = device.next_sequence;
    await writeDevice(db, 'session', { ...device, next_sequence: sequence + 1 } satisfies DeviceSession);
    const at = input.now.toISOString();
    const order: TillOrder = {
      uid: input.uid,
      shop_id: device.shop_id,
      session_id: device.session.id,
      login_number: device.login_number,
      sequence,
      receipt_number: formatReceiptNumber({
        sessionId: device.session.id,
        loginNumber: device.login_number,
        sequence,
      }),
      state: 'draft',
      created_at: at,
      updated_at: at,
      sold_at: null,
      employee_id: input.employee_id,
      customer_id: null,
      customer_uid: null,
      customer_name: null,
      pricelist_id: input.pricelist_id,
      fiscal_position_id: null,
      global_discount: '0',
      note: '',
      lines: [],
      payments: [],
      totals: null,
      refund_of: null,
      sync_state: 'none',
      queued_at: null,
      sync: EMPTY_SYNC,
    };
    await db.orders.add(order);
    return order;
  });
}

/**
 * Saves an unpaid order after a change. A stale copy never overwrites an order that was paid or
 * cancelled meanwhile (by another screen or an import): that write is refused.
 */
export async function saveDraft(db: TillDb, order: TillOrder): Promise<boolean> {
  return db.transaction('rw', db.orders, async () => {
    const stored = await db.orders.get(order.uid);
    if (stored && stored.state !== 'draft') return false;
    await db.orders.put(order);
    return true;
  });
}

/**
 * Commits a paid order: written to disk (strict durability) and in the outbox when this resolves,
 * before the till shows it as paid.
 */
export async function commitPaidOrder(db: TillDb, order: TillOrder): Promise<void> {
  if (order.state !== 'paid' || order.sync_state !== 'waiting')
    throw new Error('commitPaidOrder needs a paid order in the outbox');
  await db.transaction('rw', db.orders, async () => {
    const stored = await db.orders.get(order.uid);
    if (stored && stored.state === 'paid') return;
    await db.orders.put(order);
  });
}

/** Cancels an unpaid order: kept on the device (cancelled), never silently deleted. */
export async function cancelDraft(db: TillDb, uid: string, now: Date): Promise<void> {
  await db.transaction('rw', db.orders, async () => {
    const stored = await db.orders.get(uid);
    if (stored?.state === 'draft')
      await db.orders.put({ ...stored, state: 'cancelled', updated_at: now.toISOString() });
  });
}

export async function sessionDrafts(db: TillDb, sessionId: number): Promise<TillOrder[]> {
  const orders = await db.orders.where('session_id').equals(sessionId).toArray();
  return orders.filter((o) => o.state === 'draft').sort((a, b) => a.sequence - b.sequence);
}

export async function sessionOrders(db: TillDb, sessionId: number): Promise<TillOrder[]> {
  const orders = await db.orders.where('session_id').equals(sessionId).toArray();
  return orders.sort((a, b) => (a.created_at < b.created_at ? 1 : -1));
}
