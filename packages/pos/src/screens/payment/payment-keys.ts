import { dec, type Decimal } from '@till/core';
import {
  FRESH,
  pressNumpadKey,
  type NumpadInput,
  type NumpadKey,
} from '../../components/numpad/numpad-input.ts';
import type { Catalog } from '../../catalog/catalog.ts';
import { addPayment, removePayment, setPaymentAmount } from '../../order/edit-payments.ts';
import type { EditContext } from '../../order/edit-order.ts';
import type { TillOrder } from '../../order/till-order.ts';

export interface PaymentEntry {
  readonly order: TillOrder;
  readonly selected: string | null;
  readonly input: NumpadInput;
  readonly problem: string | null;
}

/** The shop's first cash method: an amount typed without choosing a method is cash. */
export function cashMethodId(catalog: Catalog): number | null {
  return catalog.paymentMethods.find((m) => m.kind === 'cash')?.id ?? null;
}

/**
 * A method button: a payment line for what remains to pay (to pay back, on a refund), selected so
 * the keypad can change its amount.
 */
export function chooseMethod(
  entry: PaymentEntry,
  methodId: number,
  remaining: Decimal,
  ctx: EditContext,
): PaymentEntry {
  const added = addPayment(entry.order, ctx, methodId, remaining);
  return { order: added.order, selected: added.paymentUid, input: FRESH, problem: null };
}

/**
 * A keypad key while paying: it types the amount of the selected payment; with none selected, the
 * amount typed is cash. On a refund the amount typed is paid back (negative). Backspace on an
 * empty amount removes the payment.
 */
export function typePaymentKey(
  entry: PaymentEntry,
  key: NumpadKey,
  refund: boolean,
  ctx: EditContext,
): PaymentEntry {
  let { order, selected } = entry;
  let input = entry.input;
  if (!selected || !order.payments.some((p) => p.uid === selected)) {
    const cash = cashMethodId(ctx.catalog);
    if (cash === null)
      return { ...entry, problem: 'This shop has no cash method: choose a payment method first.' };
    const added = addPayment(order, ctx, cash, dec(0));
    order = added.order;
    selected = added.paymentUid;
    input = FRESH;
  }
  const payment = order.payments.find((p) => p.uid === selected)!;
  const shown = refund ? dec(payment.amount).negated().toString() : payment.amount;
  const pressed = pressNumpadKey(input, key, shown);
  if (pressed.type === 'cleared') {
    return { order: removePayment(order, ctx, selected), selected: null, input: FRESH, problem: null };
  }
  const typed = dec(pressed.value);
  return {
    order: setPaymentAmount(order, ctx, selected, refund ? typed.negated() : typed),
    selected,
    input: pressed.input,
    problem: null,
  };
}

/** +10 / +20 / +50: bank notes handed over, added to the selected (or a new cash) payment. */
export function addBankNote(entry: PaymentEntry, note: Decimal, ctx: EditContext): PaymentEntry {
  const { order, selected } = entry;
  if (!selected || !order.payments.some((p) => p.uid === selected)) {
    const cash = cashMethodId(ctx.catalog);
    if (cash === null) return { ...entry, problem: 'This shop has no cash method.' };
    const added = addPayment(order, ctx, cash, note);
    return {
      order: added.order,
      selected: added.paymentUid,
      input: { text: '', fresh: false },
      problem: null,
    };
  }
  const payment = order.payments.find((p) => p.uid === selected)!;
  const base = entry.input.fresh ? dec(0) : dec(payment.amount);
  return {
    order: setPaymentAmount(order, ctx, selected, base.plus(note)),
    selected,
    input: { text: '', fresh: false },
    problem: null,
  };
}
