import type { Decimal } from '../money/decimal.ts';
import { dec, parseDecimal } from '../money/decimal.ts';
import { formatAmount, sameAmount, type Currency } from '../money/currency.ts';
import { priceUnderFiscalPosition, type FiscalPosition } from '../fiscal/fiscal-position.ts';
import { computeOrder, type ComputedOrder, type OrderLineDraft } from '../order/compute-order.ts';
import { describePaymentError, type Payment, type PaymentKind } from '../order/payments.ts';
import { computePrice } from '../pricing/compute-price.ts';
import type { Category, Pricelist, PricedProduct } from '../pricing/types.ts';
import type { CashRounding } from '../rounding/cash-rounding.ts';
import type { Tax, TaxIndex, TaxRounding } from '../tax/tax.ts';
import type { OrderFlag, SyncOrder } from './protocol.ts';

/** What the server knows when it checks an order: the shop's catalog as it is now. */
export interface OrderCatalog {
  readonly currency: Currency;
  readonly taxRounding: TaxRounding;
  readonly cashRounding: CashRounding | null;
  readonly taxIndex: TaxIndex;
  readonly products: ReadonlyMap<
    number,
    {
      readonly product: PricedProduct & { readonly taxes: readonly string[] };
      readonly name: string;
      readonly active: boolean;
    }
  >;
  readonly categories: readonly Category[];
  readonly pricelists: readonly Pricelist[];
  readonly fiscalPositions: ReadonlyMap<number, FiscalPosition>;
  readonly paymentMethods: ReadonlyMap<number, { readonly kind: PaymentKind }>;
}

export interface OrderReview {
  readonly computed: ComputedOrder;
  readonly flags: readonly OrderFlag[];
}

/**
 * Re-computes an order a till sent, from the catalog the server holds, and says what a manager
 * should look at. It never refuses: the order is kept whatever the flags (DESIGN.md: nothing sold
 * is dropped). The catalog's taxes are used, not the till's; a product the server does not know
 * is computed from what the till sent. Checks that need the database (refunds beyond what was
 * sold, serials sold twice, late orders) are the server's.
 */
export function reviewOrder(
  order: SyncOrder,
  catalog: OrderCatalog,
  rights: { canChangePrice: boolean },
): OrderReview {
  const flags: OrderFlag[] = [];
  const money = (d: Decimal) => formatAmount(d, catalog.currency);
  const fiscalPosition =
    order.fiscal_position_id === null
      ? null
      : (catalog.fiscalPositions.get(order.fiscal_position_id) ?? null);
  const pricelistId = order.pricelist_id === null ? null : String(order.pricelist_id);
  const date = order.sold_at.slice(0, 10);

  const lines: OrderLineDraft[] = order.lines.map((line, i) => {
    const known = catalog.products.get(line.product_id);
    const taxIds = known ? known.product.taxes : line.tax_ids.map(String);
    const taxes = taxIds.map((id) => catalog.taxIndex.get(id)).filter((t): t is Tax => t !== undefined);
    const price = dec(line.price_unit);
    if (!known)
      flags.push({
        code: 'product_unknown',
        detail: `line ${i + 1}: product #${line.product_id} is not in the catalog`,
      });
    else if (!known.active)
      flags.push({ code: 'product_archived', detail: `line ${i + 1}: ${known.name} is archived` });
    if (line.price_manually_set && !rights.canChangePrice) {
      flags.push({
        code: 'price_changed_without_right',
        detail: `line ${i + 1}: price set to ${line.price_unit} by a cashier without the right`,
      });
    } else if (
      known &&
      !line.price_manually_set &&
      !line.price_from_barcode &&
      line.refunded_line_uid === null
    ) {
      const listed = computePrice({
        product: known.product,
        quantity: dec(line.qty),
        date,
        pricelistId,
        pricelists: catalog.pricelists,
        categories: catalog.categories,
      });
      if (listed.ok) {
        const expected = priceUnderFiscalPosition(
          listed.value,
          taxes,
          fiscalPosition,
          catalog.taxIndex,
          catalog.currency,
        );
        if (!expected.equals(price)) {
          flags.push({
            code: 'price_changed_without_right',
            detail: `line ${i + 1}: ${known.name} sold at ${line.price_unit}, the price is ${expected.toString()}`,
          });
        }
      }
    }
    return { key: line.uid, qty: dec(line.qty), price_unit: price, discount: dec(line.discount), taxes };
  });

  const payments: Payment[] = order.payments.map((p) => ({
    method: String(p.method_id),
    kind: catalog.paymentMethods.get(p.method_id)?.kind ?? 'bank',
    amount: dec(p.amount),
  }));
  for (const p of order.payments) {
    if (!catalog.paymentMethods.has(p.method_id))
      flags.push({
        code: 'payments_do_not_cover',
        detail: `payment method #${p.method_id} is not available in this shop`,
      });
  }

  const computed = computeOrder({
    currency: catalog.currency,
    taxRounding: catalog.taxRounding,
    taxIndex: catalog.taxIndex,
    fiscalPosition,
    lines,
    globalDiscount: parseDecimal(order.global_discount) ?? dec(0),
    cashRounding: catalog.cashRounding,
    payments,
  });

  const sent = order.totals;
  const differs = (['total_excluded', 'total_tax', 'total_included', 'total_due'] as const).filter((k) => {
    const ours = k === 'total_due' ? computed.total_due : computed.totals[k];
    const theirs = parseDecimal(sent[k]);
    return theirs === undefined || !sameAmount(ours, theirs, catalog.currency);
  });
  if (differs.length) {
    const detail = differs
      .map(
        (k) =>
          `${k} ${sent[k]} on the till, ${money(k === 'total_due' ? computed.total_due : computed.totals[k])} computed`,
      )
      .join('; ');
    flags.push({ code: 'totals_differ', detail });
  }
  if (order.state === 'paid') {
    const { payment } = computed;
    if (payment.state === 'refused')
      flags.push({ code: 'payments_do_not_cover', detail: describePaymentError(payment.error) });
    else if (!payment.remaining.isZero()) {
      flags.push({
        code: 'payments_do_not_cover',
        detail: `${money(payment.remaining)} of ${money(computed.total_due)} is not paid`,
      });
    }
  }
  return { computed, flags };
}
