import { describePaymentError, type Decimal } from '@till/core';
import { amountOf, computeTillOrder, paymentKindOf, syncTotalsOf } from './compute-till-order.ts';
import { localIsoString } from './clock.ts';
import type { EditContext } from './edit-order.ts';
import { EMPTY_SYNC, type TillOrder } from './till-order.ts';

/** Payments on the payment screen; amounts are what the keypad typed. */
export function addPayment(
  order: TillOrder,
  ctx: EditContext,
  methodId: number,
  amount: Decimal,
): { order: TillOrder; paymentUid: string } {
  const payment = { uid: ctx.newUid(), method_id: methodId, amount: amount.toString() };
  return {
    order: { ...order, payments: [...order.payments, payment], updated_at: ctx.now.toISOString() },
    paymentUid: payment.uid,
  };
}

export function setPaymentAmount(
  order: TillOrder,
  ctx: EditContext,
  uid: string,
  amount: Decimal,
): TillOrder {
  return {
    ...order,
    payments: order.payments.map((p) => (p.uid === uid ? { ...p, amount: amount.toString() } : p)),
    updated_at: ctx.now.toISOString(),
  };
}

export function removePayment(order: TillOrder, ctx: EditContext, uid: string): TillOrder {
  return {
    ...order,
    payments: order.payments.filter((p) => p.uid !== uid),
    updated_at: ctx.now.toISOString(),
  };
}

export type PayRefusal =
  | { readonly type: 'empty' }
  | { readonly type: 'not_settled'; readonly message: string }
  | { readonly type: 'customer_needed'; readonly message: string };

/**
 * The order as paid: the totals the customer saw are frozen, it enters the outbox. Refused while
 * core says the payments do not settle it (too little, change out of a card).
 */
export function markPaid(
  order: TillOrder,
  ctx: EditContext,
): { ok: true; order: TillOrder } | { ok: false; error: PayRefusal } {
  if (order.lines.length === 0) return { ok: false, error: { type: 'empty' } };
  const paysLater = order.payments.some(
    (p) => paymentKindOf(ctx.catalog, p.method_id) === 'pay_later' && !amountOf(p.amount).isZero(),
  );
  if (paysLater && order.customer_id === null && order.customer_uid === null) {
    return {
      ok: false,
      error: {
        type: 'customer_needed',
        message: 'Paying later goes on a customer’s account: set the customer first.',
      },
    };
  }
  const computed = computeTillOrder(order, ctx.catalog);
  const p = computed.payment;
  if (p.state !== 'settled')
    return { ok: false, error: { type: 'not_settled', message: describePaymentError(p.error) } };
  if (!p.remaining.isZero())
    return { ok: false, error: { type: 'not_settled', message: 'Something is still to pay.' } };
  const now = ctx.now;
  return {
    ok: true,
    order: {
      ...order,
      state: 'paid',
      sold_at: localIsoString(now),
      totals: syncTotalsOf(computed, ctx.catalog),
      sync_state: 'waiting',
      queued_at: now.toISOString(),
      sync: EMPTY_SYNC,
      updated_at: now.toISOString(),
    },
  };
}
