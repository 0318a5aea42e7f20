import type { SyncOrder } from '@till/core';
import { SYNC_PROTOCOL_VERSION } from '@till/core';
import type { ApiFailure } from '../api/http.ts';
import type { TillApi } from '../api/till-api.ts';
import { readDevice, writeDevice } from '../db/device-state.ts';
import type { TillDb } from '../db/till-db.ts';
import { toSyncOrder } from '../order/to-sync-order.ts';
import { Emitter } from '../state/emitter.ts';
import { retryDelayMs } from './backoff.ts';
import { knownCustomerIds, sendWaitingCustomers } from './customer-sync.ts';
import {
  markRejected,
  recordFailure,
  recordOutcomes,
  rejectedOrders,
  requeue,
  waitingOrders,
} from './outbox.ts';

export interface OutboxStatus {
  /** The server answered the last request. */
  readonly online: boolean;
  readonly waiting: number;
  readonly oldestQueuedAt: string | null;
  /** Orders the server refused as malformed, kept aside. */
  readonly rejected: number;
  readonly sending: boolean;
  readonly lastError: string | null;
  /** The back-office login expired: orders wait until someone logs in again. */
  readonly needsLogin: boolean;
}

export interface SyncLoopDeps {
  readonly db: TillDb;
  readonly api: TillApi;
  readonly now?: () => Date;
  readonly random?: () => number;
  readonly batchSize?: number;
  /** How often an idle till asks the server whether it restarted. */
  readonly idlePollMs?: number;
}

type CycleEnd = 'idle' | 'more' | 'failed';

/**
 * Sends the outbox in the background: customers made on the device first, then paid orders in
 * batches, until none wait. A failure waits longer each time (back-off); `kick` (an order was
 * just paid, the network came back) tries at once. When the server's boot id changes, every order
 * it acknowledged is sent again: the server may have lost its last seconds, and the uid makes a
 * second send harmless.
 */
export class SyncLoop {
  readonly changes = new Emitter();
  private current: OutboxStatus = {
    online: true,
    waiting: 0,
    oldestQueuedAt: null,
    rejected: 0,
    sending: false,
    lastError: null,
    needsLogin: false,
  };
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<CycleEnd> | null = null;
  private stopped = true;
  private readonly now: () => Date;
  private readonly batchSize: number;
  private readonly idlePollMs: number;

  constructor(private readonly deps: SyncLoopDeps) {
    this.now = deps.now ?? (() => new Date());
    this.batchSize = deps.batchSize ?? 50;
    this.idlePollMs = deps.idlePollMs ?? 30_000;
  }

  get status(): OutboxStatus {
    return this.current;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.kick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Try now, forgetting the back-off. */
  kick(): void {
    this.failures = 0;
    this.schedule(0);
  }

  /**
   * Sends until nothing waits or a try fails (closing does this first). Resolves with the status
   * after the last try.
   */
  async flush(): Promise<OutboxStatus> {
    for (let round = 0; round < 1000; round++) {
      const end = await this.cycle();
      if (end !== 'more') break;
    }
    return this.current;
  }

  /** Counts again what waits (after an import, a retry). */
  async refresh(): Promise<void> {
    await this.updateCounts({});
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.cycle().then((end) => {
        if (end === 'more') this.schedule(0);
        else if (end === 'failed') this.schedule(retryDelayMs(this.failures, this.deps.random));
        else this.schedule(this.idlePollMs);
      });
    }, delayMs);
  }

  /** One try; never two at once (a second caller shares the running one). */
  private cycle(): Promise<CycleEnd> {
    if (!this.running) {
      this.running = this.runCycle().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async runCycle(): Promise<CycleEnd> {
    const { db, api } = this.deps;
    await this.updateCounts({ sending: true });
    try {
      const customers = await sendWaitingCustomers(db, api, this.now());
      if (!customers.ok) return await this.failed(customers.failure, []);
      const waiting = await waitingOrders(db);
      const customerIds = await knownCustomerIds(db);
      // One batch is one shop's (the server checks each batch against that shop's catalog).
      const shopId = waiting.find((o) => toSyncOrder(o, customerIds) !== null)?.shop_id;
      const batch = waiting
        .filter((o) => o.shop_id === shopId)
        .map((o) => toSyncOrder(o, customerIds))
        .filter((o): o is SyncOrder => o !== null)
        .slice(0, this.batchSize);
      if (shopId === undefined || batch.length === 0) return await this.idleCheck();
      const end = await this.send(shopId, batch);
      if (end === 'failed') return end;
      this.failures = 0;
      await this.updateCounts({ online: true, lastError: null, needsLogin: false });
      // More may wait: a full batch, or other shops' orders. What still waits after an idle
      // round could not be sent this time.
      const left = await waitingOrders(db);
      return batch.length === this.batchSize || left.some((o) => o.shop_id !== shopId) ? 'more' : 'idle';
    } finally {
      await this.updateCounts({ sending: false });
    }
  }

  private async send(shopId: number, batch: readonly SyncOrder[]): Promise<CycleEnd> {
    const { db, api } = this.deps;
    const answer = await api.syncOrders(shopId, {
      protocol: SYNC_PROTOCOL_VERSION,
      shop_id: shopId,
      orders: batch,
    });
    if (!answer.ok) {
      const f = answer.error;
      // A batch the server cannot read: find the order at fault, send the others.
      if (f.type === 'http' && f.status === 400) {
        if (batch.length === 1) {
          await markRejected(db, batch[0]!.uid, f.message, this.now());
          return 'idle';
        }
        for (const order of batch) {
          const end = await this.send(shopId, [order]);
          if (end === 'failed') return end;
        }
        return 'idle';
      }
      return this.failed(
        f,
        batch.map((o) => o.uid),
      );
    }
    const response = answer.value;
    await this.noteBootId(response.boot_id);
    await recordOutcomes(db, response.results, response.boot_id, this.now());
    const answered = new Set(response.results.map((r) => r.uid));
    const missing = batch.filter((o) => !answered.has(o.uid)).map((o) => o.uid);
    if (missing.length)
      await recordFailure(db, missing, 'The server did not answer for this order.', this.now());
    return 'more';
  }

  private async idleCheck(): Promise<CycleEnd> {
    const health = await this.deps.api.health();
    if (!health.ok) return this.failed(health.error, []);
    this.failures = 0;
    const requeued = await this.noteBootId(health.value.boot_id);
    await this.updateCounts({ online: true, lastError: null });
    return requeued > 0 ? 'more' : 'idle';
  }

  /** Remembers the server's boot id; when it changed, every acknowledged order waits again. */
  private async noteBootId(bootId: string): Promise<number> {
    const { db } = this.deps;
    const known = await readDevice(db, 'boot_id');
    if (known === bootId) return 0;
    const requeued = known === undefined ? 0 : await requeue(db, ['sent']);
    await writeDevice(db, 'boot_id', bootId);
    return requeued;
  }

  private async failed(failure: ApiFailure, uids: readonly string[]): Promise<CycleEnd> {
    this.failures++;
    if (uids.length) await recordFailure(this.deps.db, uids, failure.message, this.now());
    const needsLogin = failure.type === 'http' && failure.status === 401;
    if (failure.type === 'http' && failure.status === 403 && failure.code === 'csrf_token_invalid') {
      await this.deps.api.me();
    }
    await this.updateCounts({ online: failure.type !== 'network', lastError: failure.message, needsLogin });
    return 'failed';
  }

  private async updateCounts(changes: Partial<OutboxStatus>): Promise<void> {
    const { db } = this.deps;
    const [waiting, rejected] = await Promise.all([waitingOrders(db), rejectedOrders(db)]);
    this.current = {
      ...this.current,
      ...changes,
      waiting: waiting.length,
      oldestQueuedAt: waiting[0]?.queued_at ?? null,
      rejected: rejected.length,
    };
    this.changes.notify();
  }
}
