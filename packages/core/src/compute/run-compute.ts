import type { Decimal } from '../money/decimal.ts';
import { priceUnderFiscalPosition } from '../fiscal/fiscal-position.ts';
import { computeOrder, type ComputedOrder, type OrderLineDraft } from '../order/compute-order.ts';
import { describePaymentError, type PaymentError } from '../order/payments.ts';
import { computePrice } from '../pricing/compute-price.ts';
import { describePricingError, type PricingError } from '../pricing/types.ts';
import { err, ok, type Result } from '../shared/result.ts';
import type { Tax } from '../tax/tax.ts';
import type { ComputeInput } from './compute-input.ts';

export type ComputeError =
  | { readonly type: 'pricing'; readonly field: string; readonly error: PricingError }
  | { readonly type: 'payment'; readonly field: 'payments'; readonly error: PaymentError };

export function describeComputeError(e: ComputeError): string {
  return `${e.field}: ${e.type === 'pricing' ? describePricingError(e.error) : describePaymentError(e.error)}`;
}

/** The lines as they are charged: price from the line, else from the pricelist (then adjusted by the fiscal position). */
export function resolveLines(input: ComputeInput): Result<OrderLineDraft[], ComputeError> {
  const drafts: OrderLineDraft[] = [];
  for (const [i, line] of input.lines.entries()) {
    const product = line.product === null ? undefined : input.products.get(line.product);
    const taxIds = line.taxes ?? product?.taxes ?? [];
    const taxes = taxIds.map((id) => input.taxIndex.get(id)).filter((t): t is Tax => t !== undefined);
    let price: Decimal;
    if (line.price_unit !== undefined || !product) {
      price = line.price_unit as Decimal;
    } else {
      const priced = computePrice({
        product,
        quantity: line.qty,
        date: input.date,
        pricelistId: input.pricelistId,
        pricelists: input.pricelists,
        categories: input.categories,
      });
      if (!priced.ok) return err({ type: 'pricing', field: `lines[${i}]`, error: priced.error });
      price = priceUnderFiscalPosition(
        priced.value,
        taxes,
        input.fiscalPosition,
        input.taxIndex,
        input.currency,
      );
    }
    drafts.push({ key: `lines[${i}]`, qty: line.qty, price_unit: price, discount: line.discount, taxes });
  }
  return ok(drafts);
}

export type SettledOrder = ComputedOrder & {
  readonly payment: Extract<ComputedOrder['payment'], { state: 'settled' }>;
};

/** Computes an order read from the `till compute` format; payments that cannot be accepted are an error. */
export function runCompute(input: ComputeInput): Result<SettledOrder, ComputeError> {
  const lines = resolveLines(input);
  if (!lines.ok) return lines;
  const computed = computeOrder({
    currency: input.currency,
    taxRounding: input.taxRounding,
    taxIndex: input.taxIndex,
    fiscalPosition: input.fiscalPosition,
    lines: lines.value,
    globalDiscount: input.globalDiscount,
    cashRounding: input.cashRounding,
    payments: input.payments,
  });
  const { payment } = computed;
  if (payment.state === 'refused') return err({ type: 'payment', field: 'payments', error: payment.error });
  return ok({ ...computed, payment });
}
