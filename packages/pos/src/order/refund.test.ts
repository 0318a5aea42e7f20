import { dec } from '@till/core';
import { describe, expect, it } from 'vitest';
import type { OrderDetail } from '../api/types.ts';
import { cafeCatalog } from '../test-support/catalog-fixture.ts';
import { paidOrder } from '../test-support/fixtures.ts';
import { computeTillOrder } from './compute-till-order.ts';
import { buildRefund, pendingRefundLines, refundableOf } from './refund.ts';
import { soldLines } from './server-order.ts';
import { EMPTY_SYNC, type TillOrder } from './till-order.ts';

const catalog = cafeCatalog();
let n = 0;
const ctx = { catalog, now: new Date('2025-03-02T10:00:00Z'), newUid: () => `r${++n}` };
const detail: OrderDetail = {
  id: 41,
  uid: 'sold-1',
  receipt_number: 'Order 00012-003-0001',
  sold_at: '2025-03-01T11:00:00+01:00',
  customer_name: 'Grace',
  customer_id: 7,
  total_included: '7.20',
  state: 'paid',
  lines: [
    {
      uid: 'line-a',
      product: { id: 1, name: 'Espresso' },
      qty: '3',
      price_unit: '2.40',
      discount: '0',
      refundable_qty: '2',
      tax_ids: [1],
    },
  ],
  payments: [{ method_id: 1, amount: '7.20' }],
};
const draft: TillOrder = {
  ...paidOrder('refund'),
  state: 'draft',
  lines: [],
  payments: [],
  totals: null,
  sold_at: null,
  sync_state: 'none',
  sync: EMPTY_SYNC,
};

describe('refunds', () => {
  it('a refund line returns the sold line at its price, negative, and pays back its total', () => {
    const built = buildRefund(draft, detail, new Map([['line-a', dec(2)]]), [], catalog, ctx);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.order.lines[0]).toMatchObject({
      qty: '-2',
      price_unit: '2.40',
      refunded_line_uid: 'line-a',
      price_source: 'refund',
    });
    expect(built.order).toMatchObject({
      customer_id: 7,
      refund_of: { order_id: 41, receipt_number: 'Order 00012-003-0001' },
    });
    expect(computeTillOrder(built.order, catalog).total_due.toFixed(2)).toBe('-4.80');
  });

  it('never more than is left to refund, counting refunds on this device the server has not seen', () => {
    expect(buildRefund(draft, detail, new Map([['line-a', dec(3)]]), [], catalog, ctx)).toMatchObject({
      ok: false,
    });
    const waiting = {
      ...paidOrder('earlier'),
      lines: [{ ...paidOrder('x').lines[0]!, qty: '-1', refunded_line_uid: 'line-a' }],
    };
    const pending = pendingRefundLines([waiting]);
    expect(refundableOf(soldLines(detail, catalog)[0]!, pending).toString()).toBe('1');
    const refused = buildRefund(draft, detail, new Map([['line-a', dec(2)]]), pending, catalog, ctx);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/only 1 can still be refunded/);
  });

  it('a refund already acknowledged by the server is not counted twice', () => {
    const sent = {
      ...paidOrder('done', { sync_state: 'sent' }),
      lines: [{ ...paidOrder('x').lines[0]!, qty: '-1', refunded_line_uid: 'line-a' }],
    };
    expect(pendingRefundLines([sent])).toEqual([]);
  });
});
