import type { LocalCustomer, TillDb } from '../db/till-db.ts';
import { EMPTY_SYNC, type TillOrder } from '../order/till-order.ts';

/**
 * Orders to a file and back, for troubleshooting: a till that cannot reach the server hands its
 * unpaid and waiting orders to another device (or to a developer). Import never overwrites an order
 * the device already has; paid orders go into the outbox, unpaid ones come back as open orders.
 */
export const EXPORT_FORMAT = 'till-orders';
export const EXPORT_VERSION = 1;

export interface OrdersExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exported_at: string;
  readonly orders: readonly TillOrder[];
  /** Customers made on the device that orders may point at. */
  readonly customers: readonly LocalCustomer[];
}

export async function exportOrders(db: TillDb, now: Date): Promise<OrdersExport> {
  const orders = await db.orders
    .filter((o) => o.state === 'draft' || o.sync_state === 'waiting' || o.sync_state === 'rejected')
    .toArray();
  const customers = await db.localCustomers.where('state').equals('waiting').toArray();
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exported_at: now.toISOString(),
    orders,
    customers,
  };
}

export function exportFileName(now: Date): string {
  return `till-orders-${now.toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly added: number;
      readonly alreadyHere: number;
      readonly paid: number;
      readonly unpaid: number;
    }
  | { readonly ok: false; readonly error: string };

export async function importOrders(db: TillDb, text: string): Promise<ImportResult> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON: choose a file exported by a till.' };
  }
  const file = data as Partial<OrdersExport>;
  if (file.format !== EXPORT_FORMAT)
    return { ok: false, error: 'This file was not exported by a till (no "till-orders" format).' };
  if (file.version !== EXPORT_VERSION)
    return {
      ok: false,
      error: `This file has version ${String(file.version)}; this till reads version ${EXPORT_VERSION}.`,
    };
  if (!Array.isArray(file.orders)) return { ok: false, error: 'This file has no list of orders.' };
  const bad = file.orders.findIndex((o) => !isOrder(o));
  if (bad >= 0)
    return { ok: false, error: `Order ${bad + 1} of the file is incomplete; nothing was imported.` };
  return db.transaction('rw', db.orders, db.localCustomers, async () => {
    let added = 0;
    let paid = 0;
    for (const order of file.orders as TillOrder[]) {
      if (await db.orders.get(order.uid)) continue;
      const isPaid = order.state === 'paid';
      await db.orders.add({ ...order, sync_state: isPaid ? 'waiting' : 'none', sync: EMPTY_SYNC });
      added++;
      if (isPaid) paid++;
    }
    for (const customer of Array.isArray(file.customers) ? file.customers : []) {
      if (customer && typeof customer.uid === 'string' && !(await db.localCustomers.get(customer.uid)))
        await db.localCustomers.add(customer);
    }
    return { ok: true, added, alreadyHere: file.orders!.length - added, paid, unpaid: added - paid };
  });
}

function isOrder(value: unknown): value is TillOrder {
  const o = value as Partial<TillOrder> | null;
  return (
    !!o &&
    typeof o.uid === 'string' &&
    typeof o.session_id === 'number' &&
    typeof o.receipt_number === 'string' &&
    (o.state === 'draft' || o.state === 'paid') &&
    Array.isArray(o.lines) &&
    Array.isArray(o.payments) &&
    (o.state === 'draft' || (o.totals !== null && typeof o.sold_at === 'string'))
  );
}
