import type { OrderDetail, OrderDetailLine } from '../api/types.ts';
import type { Catalog } from '../catalog/catalog.ts';
import { EMPTY_SYNC, type TillOrder, type TillOrderLine } from './till-order.ts';

/** A sold line as the server describes it, read whichever way the product is given. */
export interface SoldLine {
  readonly uid: string;
  readonly product_id: number;
  readonly product_name: string;
  readonly qty: string;
  readonly price_unit: string;
  readonly discount: string;
  readonly refundable_qty: string;
  readonly tax_ids: readonly number[];
  readonly customer_note: string;
}

export function soldLines(detail: OrderDetail, catalog: Catalog): SoldLine[] {
  return detail.lines
    .filter((l) => (l.kind ?? 'product') === 'product')
    .map((l) => {
      const productId = productIdOf(l);
      const product = catalog.products.get(productId);
      return {
        uid: l.uid,
        product_id: productId,
        product_name:
          l.product_name ??
          (typeof l.product === 'object' ? l.product.name : undefined) ??
          product?.name ??
          `Product #${productId}`,
        qty: l.qty,
        price_unit: l.price_unit,
        discount: l.discount,
        refundable_qty: l.refundable_qty,
        tax_ids: l.tax_ids ?? product?.tax_ids ?? [],
        customer_note: l.customer_note ?? '',
      };
    });
}

function productIdOf(l: OrderDetailLine): number {
  if (typeof l.product_id === 'number') return l.product_id;
  if (typeof l.product === 'number') return l.product;
  return l.product?.id ?? 0;
}

/** A past order from the server in the till's shape, to print it again. */
export function orderFromDetail(detail: OrderDetail, catalog: Catalog): TillOrder {
  const lines: TillOrderLine[] = soldLines(detail, catalog).map((l) => ({
    uid: l.uid,
    product_id: l.product_id,
    product_name: l.product_name,
    uom: catalog.products.get(l.product_id)?.uom ?? 'unit',
    qty: l.qty,
    price_unit: l.price_unit,
    discount: l.discount,
    tax_ids: l.tax_ids,
    price_source: 'refund',
    customer_note: l.customer_note,
    lots: [],
    refunded_line_uid: null,
  }));
  return {
    uid: detail.uid,
    shop_id: catalog.shop?.id ?? 0,
    session_id: detail.session_id ?? 0,
    login_number: 0,
    sequence: 0,
    receipt_number: detail.receipt_number,
    state: 'paid',
    created_at: detail.sold_at,
    updated_at: detail.sold_at,
    sold_at: detail.sold_at,
    employee_id: null,
    customer_id: detail.customer_id ?? null,
    customer_uid: null,
    customer_name: customerNameOf(detail, catalog),
    pricelist_id: detail.pricelist_id ?? null,
    fiscal_position_id: detail.fiscal_position_id ?? null,
    global_discount: '0',
    note: '',
    lines,
    payments: detail.payments.map((p, i) => ({
      uid: `${detail.uid}-p${i}`,
      method_id: p.method_id,
      amount: p.amount,
    })),
    totals: null,
    refund_of: null,
    sync_state: 'sent',
    queued_at: null,
    sync: EMPTY_SYNC,
  };
}

/** The order's customer by name: given by the search, else from the loaded customers. */
export function customerNameOf(detail: OrderDetail, catalog: Catalog): string | null {
  if (detail.customer_name) return detail.customer_name;
  const id = detail.customer_id;
  return id === null || id === undefined ? null : (catalog.customers.get(id)?.name ?? `Customer #${id}`);
}
