import { and, eq, inArray, sql } from 'drizzle-orm';
import { computeClosing, dec, type ClosingSummary, type Currency } from '@till/core';
import type { Queryable } from '../db/database.ts';
import {
  cashMoves,
  orderPayments,
  orders,
  paymentMethods,
  shopPaymentMethods,
  shops,
} from '../db/schema/index.ts';
import { rawRows } from '../db/raw-rows.ts';
import type { SessionRow } from './queries.ts';

export const COUNTED_STATES = ['paid', 'invoiced'] as const;

export interface ClosingData {
  readonly currency: Currency;
  readonly summary: ClosingSummary;
  readonly maxDifference: string;
  readonly drafts: { id: number; receipt_number: string; total_due: string }[];
}

/** Everything the closing screen shows, computed by core's closing arithmetic from the session's records. */
export async function loadClosingData(db: Queryable, session: SessionRow): Promise<ClosingData> {
  const [shop] = await db.select().from(shops).where(eq(shops.id, session.shop_id));
  const currency: Currency = {
    code: shop!.currency_code,
    decimals: shop!.currency_decimals as Currency['decimals'],
  };
  const methods = await db
    .select({ id: paymentMethods.id, name: paymentMethods.name, kind: paymentMethods.kind })
    .from(paymentMethods)
    .innerJoin(shopPaymentMethods, eq(shopPaymentMethods.payment_method_id, paymentMethods.id))
    .where(eq(shopPaymentMethods.shop_id, session.shop_id))
    .orderBy(paymentMethods.sequence, paymentMethods.id);
  const paid = and(eq(orders.session_id, session.id), inArray(orders.state, [...COUNTED_STATES]));
  const [payments, totals, moves, drafts] = await Promise.all([
    db
      .select({
        method_id: orderPayments.payment_method_id,
        amount: sql<string>`sum(${orderPayments.amount})`,
        n: sql<number>`count(*) filter (where not ${orderPayments.is_change})`,
      })
      .from(orderPayments)
      .innerJoin(orders, eq(orders.id, orderPayments.order_id))
      .where(paid)
      .groupBy(orderPayments.payment_method_id),
    rawRows<{ n: number | string; total: string | null }>(
      db,
      sql`select count(*) as n, sum(total_due) as total from orders where session_id = ${session.id} and state in ('paid', 'invoiced')`,
    ),
    db.select().from(cashMoves).where(eq(cashMoves.session_id, session.id)),
    db
      .select({ id: orders.id, receipt_number: orders.receipt_number, total_due: orders.total_due })
      .from(orders)
      .where(and(eq(orders.session_id, session.id), eq(orders.state, 'draft'))),
  ]);
  // Each payment counts once per method; `n` counts payments, not change lines.
  const perPayment = payments.flatMap((p) =>
    p.method_id === null ? [] : [{ method_id: String(p.method_id), amount: dec(p.amount ?? '0') }],
  );
  const summary = computeClosing({
    currency,
    openingCash: dec(session.opening_cash),
    methods: methods.map((m) => ({ id: String(m.id), name: m.name, kind: m.kind })),
    payments: perPayment,
    cashMoves: moves.map((m) => ({ type: m.type, amount: dec(m.amount), reason: m.reason })),
    orders: { count: Number(totals[0]?.n ?? 0), total: dec(totals[0]?.total ?? '0') },
  });
  const counts = new Map(payments.map((p) => [String(p.method_id), Number(p.n)]));
  return {
    currency,
    summary: {
      ...summary,
      methods: summary.methods.map((m) => ({ ...m, payment_count: counts.get(m.method_id) ?? 0 })),
    },
    maxDifference: shop!.max_closing_difference,
    drafts,
  };
}
