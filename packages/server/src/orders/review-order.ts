import { and, eq } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import type { Database } from '../db/database.ts';
import { customers, orderPayments, orders, sessions, shopPaymentMethods } from '../db/schema/index.ts';
import type { ReviewBody } from './schemas.ts';

export type ReviewRefusal =
  | { type: 'not_found'; message: string; field?: string }
  | { type: 'order_not_flagged' }
  | { type: 'session_closed' }
  | { type: 'invalid_body'; message: string; field: string };

type Correction = { field: string; payment_id?: number; from: number | null; to: number | null };

/**
 * A manager's review of an order. Accept: the order stands as sold; its flags stay for history but
 * it no longer waits for review. Correct: the customer, or the method of a payment (the usual till
 * mistake: card pressed for cash), changes while the session is still open, so its closing and
 * entry come out right; after closing only accepting is possible. Who, when, why and what changed
 * are kept on the order; nothing sold is deleted.
 */
export async function reviewOrder(
  db: Database,
  input: { orderId: number; userId: number; body: ReviewBody; now: Date },
): Promise<Result<{ order_id: number }, ReviewRefusal>> {
  const { body } = input;
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ session_id: orders.session_id })
      .from(orders)
      .where(eq(orders.id, input.orderId));
    if (!found) return err({ type: 'not_found' as const, message: 'No such order.' });
    // Closing locks the session, then its orders: a correction takes the locks in the same order
    // (so the two never deadlock) and never crosses a closing.
    const [session] = await tx
      .select({ state: sessions.state })
      .from(sessions)
      .where(eq(sessions.id, found.session_id))
      .for(body.decision === 'correct' ? 'update' : 'share');
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId)).for('update');
    if (!order) return err({ type: 'not_found' as const, message: 'No such order.' });
    const corrections: Correction[] = [];
    if (body.decision === 'accept') {
      if (order.review_state === 'none') return err({ type: 'order_not_flagged' as const });
    } else {
      const wanted = body.corrections ?? {};
      if (wanted.customer_id === undefined && !wanted.payments?.length)
        return err({
          type: 'invalid_body' as const,
          field: 'corrections',
          message: 'A correction names a customer or payments to change.',
        });
      if (session!.state === 'closed') return err({ type: 'session_closed' as const });
      if (wanted.customer_id !== undefined && wanted.customer_id !== order.customer_id) {
        if (wanted.customer_id !== null) {
          const [found] = await tx
            .select({ id: customers.id })
            .from(customers)
            .where(eq(customers.id, wanted.customer_id));
          if (!found)
            return err({
              type: 'not_found' as const,
              message: 'No such customer.',
              field: 'corrections/customer_id',
            });
        }
        corrections.push({ field: 'customer_id', from: order.customer_id, to: wanted.customer_id });
      }
      for (const change of wanted.payments ?? []) {
        const [payment] = await tx
          .select()
          .from(orderPayments)
          .where(and(eq(orderPayments.id, change.id), eq(orderPayments.order_id, order.id)));
        if (!payment || payment.is_change)
          return err({
            type: 'not_found' as const,
            message: `Payment ${change.id} is not a payment of this order.`,
            field: 'corrections/payments',
          });
        const [offered] = await tx
          .select({ id: shopPaymentMethods.payment_method_id })
          .from(shopPaymentMethods)
          .where(
            and(
              eq(shopPaymentMethods.shop_id, order.shop_id),
              eq(shopPaymentMethods.payment_method_id, change.payment_method_id),
            ),
          );
        if (!offered)
          return err({
            type: 'invalid_body' as const,
            message: `Payment method ${change.payment_method_id} is not offered by this shop.`,
            field: 'corrections/payments',
          });
        if (payment.payment_method_id === change.payment_method_id) continue;
        await tx
          .update(orderPayments)
          .set({ payment_method_id: change.payment_method_id })
          .where(eq(orderPayments.id, payment.id));
        corrections.push({
          field: 'payment_method_id',
          payment_id: payment.id,
          from: payment.payment_method_id,
          to: change.payment_method_id,
        });
      }
    }
    await tx
      .update(orders)
      .set({
        ...(corrections.some((c) => c.field === 'customer_id')
          ? { customer_id: body.corrections?.customer_id ?? null }
          : {}),
        review_state: body.decision === 'accept' ? 'accepted' : 'corrected',
        review_note: body.reason.trim(),
        reviewed_by: input.userId,
        reviewed_at: input.now,
        review_corrections: [...order.review_corrections, ...corrections],
      })
      .where(eq(orders.id, order.id));
    return ok({ order_id: order.id });
  });
}
