import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatReceiptNumber, nextSequence, parseReceiptNumber } from './receipt-number.ts';

describe('receipt numbers', () => {
  it.each([
    ['session 12, device 3, order 7', { sessionId: 12, loginNumber: 3, sequence: 7 }, 'Order 00012-003-0007'],
    [
      'wide numbers are printed in full, never cut',
      { sessionId: 123456, loginNumber: 1000, sequence: 10000 },
      'Order 123456-1000-10000',
    ],
  ])('%s', (_name, parts, expected) => {
    expect(formatReceiptNumber(parts)).toBe(expected);
  });

  it('reads a number back, with or without "Order"', () => {
    expect(parseReceiptNumber('Order 00012-003-0007')).toEqual({
      ok: true,
      value: { sessionId: 12, loginNumber: 3, sequence: 7 },
    });
    expect(parseReceiptNumber('00012-003-0007').ok).toBe(true);
    expect(parseReceiptNumber('Order 12-3-7').ok).toBe(false);
    expect(parseReceiptNumber('hello').ok).toBe(false);
  });

  it('the first order of a device is 1, then it counts up', () => {
    expect([nextSequence(0), nextSequence(1), nextSequence(41)]).toEqual([1, 2, 42]);
  });

  const parts = fc.record({
    sessionId: fc.nat(10_000_000),
    loginNumber: fc.nat(100_000),
    sequence: fc.nat(1_000_000),
  });

  it('parse(format(x)) = x', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseReceiptNumber(formatReceiptNumber(p))).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('different parts never give the same number', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const same =
          a.sessionId === b.sessionId && a.loginNumber === b.loginNumber && a.sequence === b.sequence;
        expect(formatReceiptNumber(a) === formatReceiptNumber(b)).toBe(same);
      }),
    );
  });
});
