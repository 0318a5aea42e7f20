import type { Catalog } from '../catalog/catalog.ts';
import { cancelDraft, commitPaidOrder, createOrder, saveDraft, sessionDrafts } from '../db/orders.ts';
import type { TillDb } from '../db/till-db.ts';
import { newUid } from '../order/clock.ts';
import type { EditContext } from '../order/edit-order.ts';
import type { TillOrder } from '../order/till-order.ts';
import { Store } from './store.ts';

export interface OrdersState {
  /** The session's unpaid orders on this device, oldest first (the tabs). */
  readonly drafts: readonly TillOrder[];
  readonly currentUid: string | null;
  /** The selected line of each order (the keypad acts on it). */
  readonly selectedLine: Readonly<Record<string, string | null>>;
  /** The order just paid, for the receipt screen. */
  readonly lastPaid: TillOrder | null;
}

/**
 * The open orders of this device: kept in memory for the screens and written to IndexedDB at every
 * change, in the order the changes were made. Paying commits the order durably before the
 * store shows it as paid.
 */
export class OrdersStore {
  readonly state = new Store<OrdersState>({ drafts: [], currentUid: null, selectedLine: {}, lastPaid: null });
  private writes: Promise<unknown> = Promise.resolve();
  private creating: Promise<TillOrder> | null = null;

  constructor(
    private readonly db: TillDb,
    private readonly catalog: Catalog,
    private readonly onWriteError: (message: string) => void = () => {},
  ) {}

  editContext(): EditContext {
    return { catalog: this.catalog, now: new Date(), newUid };
  }

  current(): TillOrder | null {
    const s = this.state.get();
    return s.drafts.find((o) => o.uid === s.currentUid) ?? null;
  }

  async loadSession(sessionId: number): Promise<void> {
    const drafts = await sessionDrafts(this.db, sessionId);
    this.state.set({ drafts, currentUid: drafts.at(-1)?.uid ?? null, selectedLine: {}, lastPaid: null });
  }

  async newOrder(employeeId: number | null): Promise<TillOrder> {
    const order = await createOrder(this.db, {
      uid: newUid(),
      now: new Date(),
      employee_id: employeeId,
      pricelist_id: this.catalog.shop?.default_pricelist_id ?? null,
    });
    this.state.update((s) => ({ ...s, drafts: [...s.drafts, order], currentUid: order.uid }));
    return order;
  }

  /** An order to sell in: the current one, or the next one. */
  async ensureCurrent(employeeId: number | null): Promise<TillOrder> {
    return this.current() ?? (await this.startNext(employeeId));
  }

  /**
   * The next customer's order: an empty open order if there is one, else a new one. Called from
   * several places at once (a render, a scan), it still makes one order.
   */
  startNext(employeeId: number | null): Promise<TillOrder> {
    const empty = this.state
      .get()
      .drafts.find((o) => o.lines.length === 0 && o.customer_name === null && o.refund_of === null);
    if (empty) {
      this.select(empty.uid);
      return Promise.resolve(empty);
    }
    this.creating ??= this.newOrder(employeeId).finally(() => {
      this.creating = null;
    });
    return this.creating;
  }

  select(uid: string): void {
    this.state.update((s) => ({ ...s, currentUid: uid }));
  }

  selectLine(orderUid: string, lineUid: string | null): void {
    this.state.update((s) => ({ ...s, selectedLine: { ...s.selectedLine, [orderUid]: lineUid } }));
  }

  /** Applies a change to an unpaid order and saves it. */
  update(uid: string, change: (order: TillOrder, ctx: EditContext) => TillOrder): TillOrder | null {
    const before = this.state.get().drafts.find((o) => o.uid === uid);
    if (!before) return null;
    const after = change(before, this.editContext());
    if (after === before) return before;
    this.state.update((s) => ({ ...s, drafts: s.drafts.map((o) => (o.uid === uid ? after : o)) }));
    this.enqueue(() => saveDraft(this.db, after));
    return after;
  }

  /** Commits the paid order (durably, into the outbox), then shows it as paid. */
  async commitPaid(paid: TillOrder): Promise<void> {
    await this.writes;
    await commitPaidOrder(this.db, paid);
    this.state.update((s) => {
      const drafts = s.drafts.filter((o) => o.uid !== paid.uid);
      return { ...s, drafts, currentUid: null, lastPaid: paid };
    });
  }

  /** Cancels an unpaid order (kept on the device as cancelled). */
  async cancel(uid: string): Promise<void> {
    await this.writes;
    await cancelDraft(this.db, uid, new Date());
    this.state.update((s) => {
      const drafts = s.drafts.filter((o) => o.uid !== uid);
      const currentUid = s.currentUid === uid ? (drafts.at(-1)?.uid ?? null) : s.currentUid;
      return { ...s, drafts, currentUid };
    });
  }

  /** Adds an order made elsewhere (a refund, an import) as an open order and selects it. */
  async adopt(order: TillOrder): Promise<void> {
    await this.writes;
    await saveDraft(this.db, order);
    this.state.update((s) => ({
      ...s,
      drafts: [...s.drafts.filter((o) => o.uid !== order.uid), order],
      currentUid: order.uid,
    }));
  }

  /** Resolves when every change so far is on disk. */
  settled(): Promise<unknown> {
    return this.writes;
  }

  private enqueue(write: () => Promise<unknown>): void {
    this.writes = this.writes.then(write).catch((e: unknown) => {
      // IndexedDB refused a write (disk full, storage evicted): the cashier must know.
      this.onWriteError(e instanceof Error ? e.message : String(e));
    });
  }
}
