import { dec, ZERO } from '@till/core';
import {
  FRESH,
  pressNumpadKey,
  type NumpadInput,
  type NumpadKey,
} from '../../components/numpad/numpad-input.ts';
import {
  removeLine,
  setLineDiscount,
  setLinePrice,
  setLineQuantity,
  type EditContext,
} from '../../order/edit-order.ts';
import type { TillOrder } from '../../order/till-order.ts';

export type PadMode = 'qty' | 'discount' | 'price';

export interface PadOutcome {
  readonly order: TillOrder;
  readonly input: NumpadInput;
  /** The line is gone (backspace on a zero quantity). */
  readonly removed: boolean;
}

/**
 * A keypad key on the selected line: it types into the field of the mode (quantity, discount %,
 * unit price) and the line takes the value at once. Backspace on an empty quantity sets it to
 * zero; once more removes the line.
 */
export function applyPadKey(
  order: TillOrder,
  lineUid: string,
  mode: PadMode,
  input: NumpadInput,
  key: NumpadKey,
  ctx: EditContext,
): PadOutcome {
  const line = order.lines.find((l) => l.uid === lineUid);
  if (!line) return { order, input: FRESH, removed: false };
  const current = mode === 'qty' ? line.qty : mode === 'discount' ? line.discount : line.price_unit;
  const pressed = pressNumpadKey(input, key, current);
  if (pressed.type === 'cleared') {
    if (mode === 'qty' && dec(line.qty).isZero())
      return { order: removeLine(order, ctx, lineUid), input: FRESH, removed: true };
    return { order: setField(order, lineUid, mode, '0', ctx), input: pressed.input, removed: false };
  }
  return { order: setField(order, lineUid, mode, pressed.value, ctx), input: pressed.input, removed: false };
}

function setField(
  order: TillOrder,
  lineUid: string,
  mode: PadMode,
  value: string,
  ctx: EditContext,
): TillOrder {
  const amount = value === '' ? ZERO : dec(value);
  switch (mode) {
    case 'qty':
      return setLineQuantity(order, ctx, lineUid, amount);
    case 'discount':
      return setLineDiscount(order, ctx, lineUid, amount);
    case 'price':
      return setLinePrice(order, ctx, lineUid, amount);
  }
}
