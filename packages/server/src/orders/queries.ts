import { likePattern } from '../http/list-query.ts';
import { and, desc, eq, gte, ilike, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { dec, refundableQuantity } from '@till/core';
import type { AuthUser } from '../auth/principal.ts';
import type { Queryable } from '../db/database.ts';
import {
  customers,
  employees,
  orderLines,
  orderPayments,
  orders,
  paymentMethods,
  shops,
  users,
  userShops,
  type REVIEW_STATES,
} from '../db/schema/index.ts';
import { rawRows } from '../db/raw-rows.ts';

export interface OrderSearch {
  receipt?: string;
  customer_id?: number;
  session_id?: number;
  shop_id?: number;
  state?: 'draft' | 'paid' | 'invoiced' | 'cancelled';
  flagged?: boolean;
  review_state?: (typeof REVIEW_STATES)[number];
  /** Part of the customer's name, email or phone. */
  customer?: string;
  employee_id?: number;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/**
 * Orders the user may see, by receipt number (part of it), customer (id or text), cashier, session,
 * shop, state, flags and review, dates of sale. `flagged` means the server flagged the order at
 * sync, whether reviewed since or not; `review_state=to_review` lists those still waiting.
 */
export async function searchOrders(db: Queryable, user: AuthUser, q: OrderSearch) {
  const where: SQL[] = [];
  if (user.role !== 'admin') {
    where.push(
      inArray(
        orders.shop_id,
        db.select({ id: userShops.shop_id }).from(userShops).where(eq(userShops.user_id, user.id)),
      ),
    );
  }
  if (q.receipt) where.push(ilike(orders.receipt_number, likePattern(q.receipt)));
  if (q.customer_id) where.push(eq(orders.customer_id, q.customer_id));
  if (q.session_id) where.push(eq(orders.session_id, q.session_id));
  if (q.shop_id) where.push(eq(orders.shop_id, q.shop_id));
  if (q.state) where.push(eq(orders.state, q.state));
  if (q.flagged !== undefined)
    where.push(q.flagged ? ne(orders.review_state, 'none') : eq(orders.review_state, 'none'));
  if (q.review_state) where.push(eq(orders.review_state, q.review_state));
  if (q.employee_id) where.push(eq(orders.employee_id, q.employee_id));
  if (q.customer) {
    const pattern = likePattern(q.customer);
    where.push(
      inArray(
        orders.customer_id,
        db
          .select({ id: customers.id })
          .from(customers)
          .where(
            or(
              ilike(customers.name, pattern),
              ilike(customers.email, pattern),
              ilike(customers.phone, pattern),
            ),
          ),
      ),
    );
  }
  if (q.from) where.push(gte(orders.sold_at, new Date(q.from)));
  if (q.to) where.push(lte(orders.sold_at, new Date(q.to)));
  const condition = where.length ? and(...where) : undefined;
  const [items, count] = await Promise.all([
    db
      .select({
        id: orders.id,
        uid: orders.uid,
        receipt_number: orders.receipt_number,
        shop_id: orders.shop_id,
        session_id: orders.session_id,
        sold_at: orders.sold_at,
        state: orders.state,
        is_refund: orders.is_refund,
        customer_id: orders.customer_id,
        customer_name: customers.name,
        employee_id: orders.employee_id,
        employee_name: employees.name,
        total_included: orders.total_included,
        total_due: orders.total_due,
        currency_decimals: shops.currency_decimals,
        review_state: orders.review_state,
      })
      .from(orders)
      .leftJoin(customers, eq(customers.id, orders.customer_id))
      .leftJoin(employees, eq(employees.id, orders.employee_id))
      .innerJoin(shops, eq(shops.id, orders.shop_id))
      .where(condition)
      .orderBy(desc(orders.sold_at), desc(orders.id))
      .limit(q.limit)
      .offset(q.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(orders)
      .where(condition),
  ]);
  // Amounts as the shop counts them: "12.00", not the column's "12.0000".
  const shown = items.map(({ currency_decimals, ...o }) => ({
    ...o,
    total_included: dec(o.total_included).toFixed(currency_decimals),
    total_due: dec(o.total_due).toFixed(currency_decimals),
  }));
  return { items: shown, total: Number(count[0]?.n ?? 0), limit: q.limit, offset: q.offset };
}

/** One order with its lines (and what is still refundable of each), payments and refunds made against it. */
export async function getOrder(db: Queryable, id: number) {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return undefined;
  const [lines, payments, refunded] = await Promise.all([
    db.select().from(orderLines).where(eq(orderLines.order_id, id)).orderBy(orderLines.id),
    db
      .select({
        id: orderPayments.id,
        method_id: orderPayments.payment_method_id,
        method: paymentMethods.name,
        amount: orderPayments.amount,
        is_change: orderPayments.is_change,
      })
      .from(orderPayments)
      .leftJoin(paymentMethods, eq(paymentMethods.id, orderPayments.payment_method_id))
      .where(eq(orderPayments.order_id, id))
      .orderBy(orderPayments.id),
    rawRows<{
      refunded_line_id: number;
      qty: string;
      order_id: number;
      receipt_number: string;
      total_due: string;
      sold_at: Date | string;
    }>(
      db,
      sql`select l.refunded_line_id, sum(l.qty)::text as qty, o.id as order_id, o.receipt_number,
                 o.total_due::text as total_due, o.sold_at
          from order_lines l join orders o on o.id = l.order_id join order_lines s on s.id = l.refunded_line_id
          where s.order_id = ${id} and o.state <> 'cancelled'
          group by l.refunded_line_id, o.id, o.receipt_number, o.total_due, o.sold_at`,
    ),
  ]);
  const [shop] = await db
    .select({ decimals: shops.currency_decimals, code: shops.currency_code })
    .from(shops)
    .where(eq(shops.id, order.shop_id));
  const reviewer =
    order.reviewed_by === null
      ? undefined
      : (await db.select({ name: users.name }).from(users).where(eq(users.id, order.reviewed_by)))[0];
  const money = (amount: string) => dec(amount).toFixed(shop!.decimals);
  const earlier = refunded.map((r) => ({ refunded_line_id: String(r.refunded_line_id), qty: dec(r.qty) }));
  return {
    ...order,
    lines: lines.map((l) => ({
      ...l,
      refundable_qty:
        l.kind === 'product' && dec(l.qty).isPositive()
          ? refundableQuantity(
              { id: String(l.id), product: l.product_name, qty: dec(l.qty) },
              earlier,
            ).toString()
          : '0',
    })),
    payments,
    // Each refund order once, with its amount (negative: paid back) and the lines it returned.
    refunds: [
      ...new Map(
        refunded.map((r) => [
          r.order_id,
          {
            order_id: r.order_id,
            receipt_number: r.receipt_number,
            sold_at: new Date(r.sold_at),
            amount: money(r.total_due),
            lines: refunded
              .filter((x) => x.order_id === r.order_id)
              .map((x) => ({ refunded_line_id: x.refunded_line_id, qty: dec(x.qty).toString() })),
          },
        ]),
      ).values(),
    ],
    review:
      order.review_state === 'accepted' || order.review_state === 'corrected'
        ? {
            decision: order.review_state === 'accepted' ? ('accept' as const) : ('correct' as const),
            reason: order.review_note,
            by: reviewer?.name ?? null,
            by_user_id: order.reviewed_by,
            at: order.reviewed_at,
            corrections: order.review_corrections,
          }
        : null,
  };
}
