import type { SyncOutcome } from '@till/core';
import type { TillDb } from '../db/till-db.ts';
import type { TillOrder } from '../order/till-order.ts';

/*
 * The outbox: paid orders whose `sync_state` is `waiting`. Sent orders stay on the device
 * (`sent`) for the whole session, so they can be sent again if the server lost them (a new boot
 * id); an order the server refused as malformed is kept as `rejected` for a manager, never dropped.
 */

export async function waitingOrders(db: TillDb): Promise<TillOrder[]> {
  const orders = await db.orders.where('sync_state').equals('waiting').toArray();
  return orders.sort((a, b) => ((a.queued_at ?? '') < (b.queued_at ?? '') ? -1 : 1));
}

export async function rejectedOrders(db: TillDb): Promise<TillOrder[]> {
  return db.orders.where('sync_state').equals('rejected').toArray();
}

/** Writes the server's answer for each order sent. */
export async function recordOutcomes(
  db: TillDb,
  outcomes: readonly SyncOutcome[],
  bootId: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.orders, async () => {
    for (const outcome of outcomes) {
      const order = await db.orders.get(outcome.uid);
      if (!order) continue;
      await db.orders.put({
        ...order,
        sync_state: 'sent',
        sync: {
          ...order.sync,
          attempts: order.sync.attempts + 1,
          last_attempt_at: now.toISOString(),
          last_error: null,
          outcome: outcome.status,
          order_id: outcome.order_id,
          flags: outcome.status === 'created_flagged' ? outcome.flags : order.sync.flags,
          boot_id: bootId,
        },
      });
    }
  });
}

/** Notes a failed attempt on the orders of a batch (they stay waiting). */
export async function recordFailure(
  db: TillDb,
  uids: readonly string[],
  error: string,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.orders, async () => {
    for (const uid of uids) {
      const order = await db.orders.get(uid);
      if (!order) continue;
      await db.orders.put({
        ...order,
        sync: {
          ...order.sync,
          attempts: order.sync.attempts + 1,
          last_attempt_at: now.toISOString(),
          last_error: error,
        },
      });
    }
  });
}

/** The server refused this order itself (400): kept aside, with the reason. */
export async function markRejected(db: TillDb, uid: string, error: string, now: Date): Promise<void> {
  await db.transaction('rw', db.orders, async () => {
    const order = await db.orders.get(uid);
    if (!order) return;
    await db.orders.put({
      ...order,
      sync_state: 'rejected',
      sync: {
        ...order.sync,
        attempts: order.sync.attempts + 1,
        last_attempt_at: now.toISOString(),
        last_error: error,
      },
    });
  });
}

/** Puts orders back in the outbox: after a server restart (new boot id), or a manager's retry. */
export async function requeue(db: TillDb, states: readonly ('sent' | 'rejected')[]): Promise<number> {
  return db.transaction('rw', db.orders, async () => {
    const orders = await db.orders
      .where('sync_state')
      .anyOf([...states])
      .toArray();
    for (const order of orders) await db.orders.put({ ...order, sync_state: 'waiting' });
    return orders.length;
  });
}

/** Forgets orders acknowledged by the server for sessions other than the one the device sells in. */
export async function purgeSentOrders(db: TillDb, keepSessionId: number): Promise<number> {
  return db.transaction('rw', db.orders, async () => {
    const sent = await db.orders.where('sync_state').equals('sent').toArray();
    const old = sent.filter((o) => o.session_id !== keepSessionId).map((o) => o.uid);
    await db.orders.bulkDelete(old);
    return old.length;
  });
}
