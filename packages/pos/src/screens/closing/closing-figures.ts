import { compareCounted, dec, parseDecimal, type CountedComparison, type Decimal } from '@till/core';
import type { ClosingData } from '../../api/types.ts';

/**
 * The closing screen's comparison, by core's `compareCounted`, from the amounts the server expects
 * and what the cashier typed. A typed amount that is not a number is reported, not guessed.
 */
export function compareClosing(
  data: ClosingData,
  typed: Readonly<Record<string, string>>,
):
  | { ok: true; counted: Record<string, Decimal>; comparison: CountedComparison }
  | { ok: false; method: string } {
  const counted: Record<string, Decimal> = {};
  for (const m of data.methods) {
    const text = typed[String(m.method_id)] ?? '';
    if (text.trim() === '') continue;
    const value = parseDecimal(text);
    if (value === undefined) return { ok: false, method: m.name };
    counted[String(m.method_id)] = value;
  }
  const summary = {
    orders_count: data.orders_count,
    orders_total: dec(data.orders_total),
    methods: data.methods.map((m) => ({
      method_id: String(m.method_id),
      name: m.name,
      kind: m.kind,
      expected: dec(m.expected),
      payment_count: m.payment_count,
      payments_total: dec(m.expected),
    })),
  };
  return { ok: true, counted, comparison: compareCounted(summary, counted, dec(data.max_difference)) };
}
