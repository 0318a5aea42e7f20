import { dec } from '@till/core';
import { describe, expect, it } from 'vitest';
import { cafeCatalog, customer } from '../test-support/catalog-fixture.ts';
import { paidOrder } from '../test-support/fixtures.ts';
import { computeTillOrder } from './compute-till-order.ts';
import { addPayment, markPaid } from './edit-payments.ts';
import {
  addProduct,
  removeLine,
  setCustomer,
  setFiscalPosition,
  setLineDiscount,
  setLinePrice,
  setLineQuantity,
  type EditContext,
} from './edit-order.ts';
import { EMPTY_SYNC, type TillOrder } from './till-order.ts';

const catalog = cafeCatalog();
catalog.apply({
  type: 'pricelists',
  items: [
    {
      id: 5,
      name: 'Staff',
      rules: [
        {
          applied_on: 'all',
          category_id: null,
          product_id: null,
          min_quantity: '0',
          date_start: null,
          date_end: null,
          sequence: 1,
          compute_price: 'percentage',
          fixed_price: '0',
          percent_price: '50',
          base: 'list_price',
          base_pricelist_id: null,
          price_discount: '0',
          price_surcharge: '0',
          price_round: '0',
          price_min_margin: null,
          price_max_margin: null,
        },
      ],
    },
  ],
});
catalog.apply({
  type: 'fiscal_positions',
  items: [{ id: 9, name: 'Take-away', map: [{ from: 1, to: [2] }] }],
});

let uid = 0;
const ctx: EditContext = { catalog, now: new Date('2025-03-01T10:00:00Z'), newUid: () => `u${++uid}` };
const espresso = catalog.products.get(1)!;
const apples = catalog.products.get(2)!;
const empty = (): TillOrder => ({
  ...paidOrder('o'),
  state: 'draft',
  lines: [],
  payments: [],
  totals: null,
  sold_at: null,
  sync_state: 'none',
  queued_at: null,
  sync: EMPTY_SYNC,
});
const total = (o: TillOrder) => computeTillOrder(o, catalog).totals.total_included.toFixed(2);

describe('editing an order', () => {
  it('adding the same product again adds one to its line', () => {
    let o = addProduct(empty(), ctx, { product: espresso }).order;
    o = addProduct(o, ctx, { product: espresso }).order;
    expect(o.lines.map((l) => [l.product_name, l.qty, l.price_unit])).toEqual([['Espresso', '2', '2.4']]);
    expect(total(o)).toBe('4.80');
  });

  it('a weighed quantity or a discounted line makes its own line', () => {
    let o = addProduct(empty(), ctx, { product: apples, qty: dec('1.234') }).order;
    o = addProduct(o, ctx, { product: apples, qty: dec('0.5') }).order;
    expect(o.lines.map((l) => l.qty)).toEqual(['1.234', '0.5']);
    let e = addProduct(empty(), ctx, { product: espresso });
    e = { ...e, order: setLineDiscount(e.order, ctx, e.lineUid, dec(10)) };
    expect(addProduct(e.order, ctx, { product: espresso }).order.lines).toHaveLength(2);
  });

  it('quantity, discount, price and removal', () => {
    const added = addProduct(empty(), ctx, { product: espresso });
    let o = setLineQuantity(added.order, ctx, added.lineUid, dec(3));
    o = setLineDiscount(o, ctx, added.lineUid, dec(150));
    expect(o.lines[0]!.discount).toBe('100');
    o = setLineDiscount(o, ctx, added.lineUid, dec(10));
    expect(total(o)).toBe('6.48');
    o = setLinePrice(o, ctx, added.lineUid, dec('3'));
    expect(o.lines[0]).toMatchObject({ price_unit: '3', price_source: 'manual' });
    expect(removeLine(o, ctx, added.lineUid).lines).toEqual([]);
  });

  it('a customer brings their pricelist and fiscal position, and the lines are re-priced at once', () => {
    const o = addProduct(empty(), ctx, { product: espresso }).order;
    const staff = customer(3, { pricelist_id: 5, fiscal_position_id: 9 });
    const withCustomer = setCustomer(o, ctx, { id: 3, uid: null, fields: staff });
    expect(withCustomer).toMatchObject({ customer_id: 3, pricelist_id: 5, fiscal_position_id: 9 });
    // 2.40 at 50 % = 1.20 with 20 % included; take-away maps it to 10 % excluded: 1.00 + 0.10.
    expect(withCustomer.lines[0]!.price_unit).toBe('1');
    expect(total(withCustomer)).toBe('1.10');
    const cleared = setCustomer(withCustomer, ctx, null);
    expect(cleared.lines[0]!.price_unit).toBe('2.4');
  });

  it('a manual price stays when the fiscal position changes', () => {
    const added = addProduct(empty(), ctx, { product: espresso });
    const o = setLinePrice(added.order, ctx, added.lineUid, dec('5'));
    expect(setFiscalPosition(o, ctx, 9).lines[0]!.price_unit).toBe('5');
  });
});

describe('paying an order', () => {
  it('is refused until the payments settle it, then freezes the totals the customer saw', () => {
    let o = addProduct(empty(), ctx, { product: espresso }).order;
    expect(markPaid(o, ctx)).toMatchObject({ ok: false });
    o = addPayment(o, ctx, 1, dec('5')).order;
    catalog.apply({ type: 'payment_methods', items: [{ id: 1, name: 'Cash', kind: 'cash' }] });
    const paid = markPaid(o, ctx);
    expect(paid.ok).toBe(true);
    if (paid.ok) {
      expect(paid.order).toMatchObject({ state: 'paid', sync_state: 'waiting' });
      expect(paid.order.totals).toEqual({
        total_excluded: '2.00',
        total_tax: '0.40',
        total_included: '2.40',
        total_due: '2.40',
        paid: '5.00',
        change: '2.60',
      });
    }
  });

  it('refuses change out of a card', () => {
    catalog.apply({ type: 'payment_methods', items: [{ id: 2, name: 'Card', kind: 'bank' }] });
    let o = addProduct(empty(), ctx, { product: espresso }).order;
    o = addPayment(o, ctx, 2, dec('5')).order;
    expect(markPaid(o, ctx)).toMatchObject({ ok: false, error: { type: 'not_settled' } });
  });
});
