import { describe, expect, it } from 'vitest';
import { dec } from '../money/decimal.ts';
import { EUR, makeTax } from '../tax/tax-fixtures.ts';
import { indexTaxes } from '../tax/tax.ts';
import type { SyncOrder, SyncOrderLine } from './protocol.ts';
import { reviewOrder, type OrderCatalog } from './review-order.ts';

const vat20inc = makeTax('1', 'percent', 20, { price_include: true });
const catalog: OrderCatalog = {
  currency: EUR,
  taxRounding: 'per_line',
  cashRounding: null,
  taxIndex: indexTaxes([vat20inc]),
  products: new Map([
    [
      10,
      {
        product: { id: '10', list_price: dec('12'), standard_price: dec('5'), category: null, taxes: ['1'] },
        name: 'Mug',
        active: true,
      },
    ],
    [
      11,
      {
        product: { id: '11', list_price: dec('3'), standard_price: dec('1'), category: null, taxes: ['1'] },
        name: 'Old mug',
        active: false,
      },
    ],
  ]),
  categories: [],
  pricelists: [],
  fiscalPositions: new Map(),
  paymentMethods: new Map([
    [1, { kind: 'cash' as const }],
    [2, { kind: 'bank' as const }],
  ]),
};

const line = (over: Partial<SyncOrderLine> = {}): SyncOrderLine => ({
  uid: 'l1',
  product_id: 10,
  qty: '2',
  price_unit: '12',
  discount: '0',
  tax_ids: [1],
  price_manually_set: false,
  customer_note: '',
  lots: [],
  refunded_line_uid: null,
  ...over,
});

const order = (over: Partial<SyncOrder> = {}): SyncOrder => ({
  uid: 'u1',
  session_id: 1,
  login_number: 1,
  sequence: 1,
  receipt_number: 'Order 00001-001-0001',
  state: 'paid',
  sold_at: '2026-11-22T10:00:00+01:00',
  employee_id: 1,
  customer_id: null,
  pricelist_id: null,
  fiscal_position_id: null,
  global_discount: '0',
  note: '',
  lines: [line()],
  payments: [{ method_id: 1, amount: '30' }],
  totals: {
    total_excluded: '20.00',
    total_tax: '4.00',
    total_included: '24.00',
    total_due: '24.00',
    paid: '30.00',
    change: '6.00',
  },
  ...over,
});

const codes = (o: SyncOrder, canChangePrice = false) =>
  reviewOrder(o, catalog, { canChangePrice }).flags.map((f) => f.code);

describe('reviewOrder', () => {
  it('an order the till computed right has no flags', () => {
    const r = reviewOrder(order(), catalog, { canChangePrice: false });
    expect(r.flags).toEqual([]);
    expect(r.computed.totals.total_included.toFixed(2)).toBe('24.00');
  });

  it('flags totals that differ from the server’s computation, saying by how much', () => {
    const r = reviewOrder(
      order({ totals: { ...order().totals, total_included: '23.00', total_due: '23.00' } }),
      catalog,
      { canChangePrice: false },
    );
    expect(r.flags.map((f) => f.code)).toEqual(['totals_differ']);
    expect(r.flags[0]?.detail).toContain('total_included 23.00 on the till, 24.00 computed');
  });

  it('flags an archived product and an unknown product, and still computes the order', () => {
    const o = order({
      lines: [
        line({ product_id: 11, price_unit: '3', qty: '1' }),
        line({ uid: 'l2', product_id: 99, price_unit: '1', qty: '1' }),
      ],
      payments: [{ method_id: 1, amount: '4' }],
      totals: {
        total_excluded: '3.33',
        total_tax: '0.67',
        total_included: '4.00',
        total_due: '4.00',
        paid: '4.00',
        change: '0.00',
      },
    });
    expect(codes(o)).toEqual(['product_archived', 'product_unknown']);
  });

  it('flags a price typed by a cashier without the right, not by one with it', () => {
    const o = order({
      lines: [line({ price_unit: '10', price_manually_set: true })],
      payments: [{ method_id: 1, amount: '20' }],
      totals: {
        total_excluded: '16.67',
        total_tax: '3.33',
        total_included: '20.00',
        total_due: '20.00',
        paid: '20.00',
        change: '0.00',
      },
    });
    expect(codes(o, false)).toEqual(['price_changed_without_right']);
    expect(codes(o, true)).toEqual([]);
  });

  it('flags a price that differs from the catalog without being typed', () => {
    const o = order({
      lines: [line({ price_unit: '10' })],
      payments: [{ method_id: 1, amount: '20' }],
      totals: {
        total_excluded: '16.67',
        total_tax: '3.33',
        total_included: '20.00',
        total_due: '20.00',
        paid: '20.00',
        change: '0.00',
      },
    });
    expect(codes(o)).toEqual(['price_changed_without_right']);
  });

  it('flags a paid order whose payments do not cover it, and change taken out of a card', () => {
    expect(
      codes(
        order({
          payments: [{ method_id: 2, amount: '20' }],
          totals: { ...order().totals, paid: '20.00', change: '0.00' },
        }),
      ),
    ).toEqual(['payments_do_not_cover']);
    expect(codes(order({ payments: [{ method_id: 2, amount: '30' }] }))).toEqual(['payments_do_not_cover']);
  });

  it('does not ask a draft order to be paid', () => {
    expect(codes(order({ state: 'draft', payments: [] }))).toEqual([]);
  });
});
