import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dec, sum } from '../money/decimal.ts';
import {
  checkRefund,
  describeRefundError,
  refundableQuantity,
  type RefundLine,
  type SoldLine,
} from './refundable.ts';

const sold: SoldLine[] = [
  { id: 'a', product: 'Mug', qty: dec(3) },
  { id: 'b', product: 'Flour (kg)', qty: dec('1.25') },
  { id: 'r', product: 'Returned cup', qty: dec(-1) },
];
const refund = (id: string, qty: string): RefundLine => ({ refunded_line_id: id, qty: dec(qty) });

describe('refunds', () => {
  it('what is left to refund is what was sold minus earlier refunds', () => {
    expect(refundableQuantity(sold[0] as SoldLine, [refund('a', '-1'), refund('b', '-1')]).toString()).toBe(
      '2',
    );
    expect(refundableQuantity(sold[1] as SoldLine, [refund('b', '-0.5')]).toString()).toBe('0.75');
  });

  it.each([
    ['the whole line', [], [refund('a', '-3')], null],
    ['part of a weighed line', [], [refund('b', '-0.75')], null],
    ['more than sold', [], [refund('a', '-4')], 'refund_exceeds_sold'],
    [
      'more than what is left after an earlier refund',
      [refund('a', '-2')],
      [refund('a', '-2')],
      'refund_exceeds_sold',
    ],
    [
      'two new lines on one sold line add up',
      [],
      [refund('a', '-2'), refund('a', '-2')],
      'refund_exceeds_sold',
    ],
    ['a line of another order', [], [refund('z', '-1')], 'unknown_refunded_line'],
    ['a positive quantity', [], [refund('a', '1')], 'refund_quantity_not_negative'],
    ['a zero quantity', [], [refund('a', '0')], 'refund_quantity_not_negative'],
    ['a return', [], [refund('r', '-1')], 'cannot_refund_a_return'],
  ])('%s', (_name, earlier, requested, expected) => {
    const r = checkRefund(sold, earlier, requested);
    expect(r.ok ? null : r.error.type).toBe(expected);
  });

  it('names the line, the product and what is left when refusing', () => {
    const r = checkRefund(sold, [refund('a', '-2')], [refund('a', '-2')]);
    expect(!r.ok && describeRefundError(r.error)).toBe(
      'line a (Mug): 2 asked back but only 1 can still be refunded',
    );
  });

  it('refunds accepted one after another never exceed what was sold', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 12 }), (asks) => {
        const accepted: RefundLine[] = [];
        for (const n of asks) {
          const r = refund('a', String(-n));
          if (checkRefund(sold, accepted, [r]).ok) accepted.push(r);
        }
        expect(sum(accepted.map((r) => r.qty.abs())).lte(3)).toBe(true);
        const left = refundableQuantity(sold[0] as SoldLine, accepted);
        if (left.gt(0)) {
          expect(checkRefund(sold, accepted, [refund('a', left.negated().toString())]).ok).toBe(true);
        }
        expect(checkRefund(sold, accepted, [refund('a', left.plus(1).negated().toString())]).ok).toBe(false);
      }),
    );
  });
});
