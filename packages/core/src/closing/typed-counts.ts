import { dec, parseDecimal, type Decimal } from '../money/decimal.ts';
import type { PaymentKind } from '../order/payments.ts';
import { compareCounted, type CountedComparison } from './closing-summary.ts';

/** The closing figures as the server sends them (`GET /api/sessions/:id/closing`), amounts as text. */
export interface ClosingFiguresJson {
  readonly orders_count: number;
  readonly orders_total: string;
  readonly max_difference: string;
  readonly methods: readonly {
    readonly method_id: number;
    readonly name: string;
    readonly kind: PaymentKind;
    readonly expected: string;
    readonly payment_count: number;
  }[];
}

export type TypedCountsCheck =
  | { readonly ok: true; readonly counted: Record<string, Decimal>; readonly comparison: CountedComparison }
  | { readonly ok: false; readonly methodId: number; readonly methodName: string };

/**
 * What a closer typed per payment method, compared with what the server expects, for the till's
 * and the back office's closing screens alike. Empty means not counted (see `compareCounted`);
 * `,` is read as the decimal point; text that is not an amount, or a negative one, is reported
 * on its method rather than guessed.
 */
export function checkTypedCounts(
  figures: ClosingFiguresJson,
  typed: Readonly<Record<string, string>>,
): TypedCountsCheck {
  const counted: Record<string, Decimal> = {};
  for (const m of figures.methods) {
    const text = (typed[String(m.method_id)] ?? '').trim().replace(',', '.');
    if (text === '') continue;
    const value = parseDecimal(text);
    if (value === undefined || value.isNegative())
      return { ok: false, methodId: m.method_id, methodName: m.name };
    counted[String(m.method_id)] = value;
  }
  const summary = {
    orders_count: figures.orders_count,
    orders_total: dec(figures.orders_total),
    methods: figures.methods.map((m) => ({
      method_id: String(m.method_id),
      name: m.name,
      kind: m.kind,
      expected: dec(m.expected),
      payment_count: m.payment_count,
      payments_total: dec(m.expected),
    })),
  };
  return { ok: true, counted, comparison: compareCounted(summary, counted, dec(figures.max_difference)) };
}
