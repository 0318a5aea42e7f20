import { describe, expect, it } from 'vitest';
import { FRESH, type NumpadKey } from '../../components/numpad/numpad-input.ts';
import { addProduct, type EditContext } from '../../order/edit-order.ts';
import { EMPTY_SYNC, type TillOrder } from '../../order/till-order.ts';
import { cafeCatalog } from '../../test-support/catalog-fixture.ts';
import { paidOrder } from '../../test-support/fixtures.ts';
import { applyPadKey, type PadMode } from './apply-pad-key.ts';

const catalog = cafeCatalog();
let n = 0;
const ctx: EditContext = { catalog, now: new Date('2025-03-01T10:00:00Z'), newUid: () => `u${++n}` };
const start = () => {
  const empty: TillOrder = {
    ...paidOrder('o'),
    state: 'draft',
    lines: [],
    payments: [],
    totals: null,
    sold_at: null,
    sync_state: 'none',
    sync: EMPTY_SYNC,
  };
  return addProduct(empty, ctx, { product: catalog.products.get(1)! });
};

function press(mode: PadMode, keys: NumpadKey[]) {
  const { order, lineUid } = start();
  let state = { order, input: FRESH, removed: false };
  for (const k of keys) state = applyPadKey(state.order, lineUid, mode, state.input, k, ctx);
  return state;
}

describe('applyPadKey', () => {
  it.each<[string, PadMode, NumpadKey[], Partial<Record<'qty' | 'discount' | 'price_unit', string>>]>([
    ['typing a quantity replaces it', 'qty', ['3'], { qty: '3' }],
    ['a decimal quantity', 'qty', ['1', '.', '5'], { qty: '1.5' }],
    ['+/- makes a return', 'qty', ['+/-'], { qty: '-1' }],
    ['a discount', 'discount', ['1', '5'], { discount: '15' }],
    ['a price', 'price', ['3', '.', '2'], { price_unit: '3.2' }],
    ['backspace on a fresh quantity sets it to zero', 'qty', ['Backspace'], { qty: '0' }],
  ])('%s', (_name, mode, keys, expected) => {
    expect(press(mode, keys).order.lines[0]).toMatchObject(expected);
  });

  it('backspace on a zero quantity removes the line', () => {
    const state = press('qty', ['Backspace', 'Backspace']);
    expect(state.removed).toBe(true);
    expect(state.order.lines).toEqual([]);
  });
});
