import { and, eq } from 'drizzle-orm';
import { reviewOrder, type OrderFlag, type SyncOrder, type SyncOutcome } from '@till/core';
import type { Database } from '../db/database.ts';
import { employees, orders, sessions } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { rescueSessionFor } from '../sessions/rescue.ts';
import { moveOrderStock } from '../stock/move-stock.ts';
import type { ShopCatalog } from './order-catalog.ts';
import { checkRefundLines } from './refund-check.ts';
import { checkSerials } from './serial-check.ts';
import { storeOrder } from './store-order.ts';

/**
 * Takes a batch of orders from a till. Each order is stored in its own transaction, keyed by its
 * uid, so that a batch half-written when the server dies loses nothing acknowledged and a re-send
 * duplicates nothing. An order is never refused: what the server disagrees with is flagged; an
 * order for a closed (or unknown) session goes to the shop's rescue session.
 */
export async function syncOrders(
  db: Database,
  input: { shop: ShopCatalog; orders: readonly SyncOrder[]; userId: number; now: () => Date },
): Promise<SyncOutcome[]> {
  const results: SyncOutcome[] = [];
  for (const order of input.orders) results.push(await syncOne(db, input, order));
  return results;
}

async function syncOne(
  db: Database,
  input: { shop: ShopCatalog; userId: number; now: () => Date },
  order: SyncOrder,
): Promise<SyncOutcome> {
  for (let attempt = 0; ; attempt++) {
    const known = await findKnown(db, order.uid);
    if (known) return known;
    try {
      const stored = await db.transaction((tx) => storeOne(tx, input, order));
      if (stored) return stored;
    } catch (e) {
      // A concurrent send of the same order, or two orders creating the rescue session at once:
      // the database refused the second; look again (the first one's result is there now).
      if (sqlStateOf(e) !== SQL_STATE.uniqueViolation || attempt >= 3) throw e;
    }
  }
}

/** A stored order that is no longer a draft: what was paid does not change. A draft may be replaced. */
async function findKnown(db: Database, uid: string): Promise<SyncOutcome | undefined> {
  const [row] = await db
    .select({ id: orders.id, session_id: orders.session_id, state: orders.state })
    .from(orders)
    .where(eq(orders.uid, uid));
  return row && row.state !== 'draft'
    ? { uid, status: 'already_known', order_id: row.id, session_id: row.session_id }
    : undefined;
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function storeOne(
  tx: Tx,
  input: { shop: ShopCatalog; userId: number; now: () => Date },
  order: SyncOrder,
): Promise<SyncOutcome | undefined> {
  const now = input.now();
  const shopId = input.shop.shop.id;
  // An unpaid order sent earlier (a restaurant table, a parked order) is replaced by its new version.
  await tx.delete(orders).where(and(eq(orders.uid, order.uid), eq(orders.state, 'draft')));
  const flags: OrderFlag[] = [];

  const [target] = await tx.select().from(sessions).where(eq(sessions.id, order.session_id)).for('share');
  let session = target && target.shop_id === shopId && target.state !== 'closed' ? target : undefined;
  if (!session) {
    const late = target && target.shop_id === shopId ? { id: target.id, name: target.name } : null;
    session = await rescueSessionFor(tx, shopId, late, now);
    flags.push({
      code: 'late_for_closed_session',
      detail: late
        ? `${late.name} was closed when this order arrived; it went to ${session.name}`
        : `session #${order.session_id} is not a session of this shop; the order went to ${session.name}`,
    });
  }

  const [employee] =
    order.employee_id === null
      ? []
      : await tx.select({ role: employees.role }).from(employees).where(eq(employees.id, order.employee_id));
  const canChangePrice = employee?.role === 'manager';
  const review = reviewOrder(order, input.shop.catalog, { canChangePrice });
  flags.push(...review.flags);
  const refunds = await checkRefundLines(tx, order);
  flags.push(...refunds.flags);
  flags.push(
    ...(await checkSerials(
      tx,
      order.lines.flatMap((l) => {
        const info = input.shop.productInfo.get(l.product_id);
        return info?.tracking === 'serial'
          ? [{ product_id: l.product_id, serials: l.lots, name: info.name, qty: l.qty }]
          : [];
      }),
    )),
  );

  const stored = await storeOrder(tx, {
    order,
    shop: input.shop,
    sessionId: session.id,
    userId: input.userId,
    computed: review.computed,
    flags,
    refundedLineIds: refunds.lineIds,
    now,
  });
  if (stored === undefined) return undefined;
  if (order.state === 'paid' && session.stock_update === 'real') await moveOrderStock(tx, stored.id);
  const allFlags = stored.flags;
  return allFlags.length
    ? {
        uid: order.uid,
        status: 'created_flagged',
        order_id: stored.id,
        session_id: session.id,
        flags: allFlags as OrderFlag[],
      }
    : { uid: order.uid, status: 'created', order_id: stored.id, session_id: session.id };
}
