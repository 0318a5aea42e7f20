import {
  dec,
  HUNDRED,
  ONE,
  parseDecimal,
  ZERO,
  type Decimal,
  type TillCustomer,
  type TillProduct,
} from '@till/core';
import type { Catalog } from '../catalog/catalog.ts';
import { localDay } from './clock.ts';
import { pricelistUnitPrice, type PriceContext } from './line-price.ts';
import type { TillOrder, TillOrderLine } from './till-order.ts';

/*
 * What the cashier does to an open order, as pure functions: each returns the changed order (or the
 * same one when nothing changes). Prices come from core through `pricelistUnitPrice`; a line whose
 * price comes from the pricelist is re-priced when its quantity, the pricelist or the fiscal
 * position changes. Quantities and prices stay decimal strings.
 */

export interface EditContext {
  readonly catalog: Catalog;
  readonly now: Date;
  readonly newUid: () => string;
}

const touch = (order: TillOrder, ctx: EditContext, changes: Partial<TillOrder>): TillOrder => ({
  ...order,
  ...changes,
  updated_at: ctx.now.toISOString(),
});

const priceContext = (order: TillOrder, ctx: EditContext): PriceContext => ({
  pricelistId: order.pricelist_id,
  fiscalPositionId: order.fiscal_position_id,
  date: localDay(ctx.now),
});

export interface AddProduct {
  readonly product: TillProduct;
  /** One unit unless given (a weighed product's kilograms from a scale label). */
  readonly qty?: Decimal;
  /** A price read from a price label. */
  readonly labelPrice?: Decimal;
}

/**
 * Adds a product, or one more of it to a line of the same product still at its pricelist price,
 * without discount or note (a weighed quantity or a labelled price always makes its own line).
 */
export function addProduct(
  order: TillOrder,
  ctx: EditContext,
  add: AddProduct,
): { order: TillOrder; lineUid: string } {
  const { product } = add;
  const mergeable = add.qty === undefined && add.labelPrice === undefined && product.uom === 'unit';
  const target = mergeable
    ? [...order.lines]
        .reverse()
        .find(
          (l) =>
            l.product_id === product.id &&
            l.price_source === 'pricelist' &&
            amountIsZero(l.discount) &&
            l.customer_note === '' &&
            l.refunded_line_uid === null &&
            dec(l.qty).isPositive(),
        )
    : undefined;
  if (target) {
    const next = setLineQuantity(order, ctx, target.uid, dec(target.qty).plus(ONE));
    return { order: next, lineUid: target.uid };
  }
  const qty = add.qty ?? ONE;
  const priced = pricelistUnitPrice(ctx.catalog, product, qty, priceContext(order, ctx));
  const line: TillOrderLine = {
    uid: ctx.newUid(),
    product_id: product.id,
    product_name: product.name,
    uom: product.uom,
    qty: qty.toString(),
    price_unit: (add.labelPrice ?? (priced.ok ? priced.price : dec(product.list_price))).toString(),
    discount: '0',
    tax_ids: [...product.tax_ids],
    price_source: add.labelPrice ? 'barcode' : 'pricelist',
    customer_note: '',
    lots: [],
    refunded_line_uid: null,
  };
  return { order: touch(order, ctx, { lines: [...order.lines, line] }), lineUid: line.uid };
}

function amountIsZero(text: string): boolean {
  return (parseDecimal(text) ?? ZERO).isZero();
}

function updateLine(
  order: TillOrder,
  ctx: EditContext,
  uid: string,
  change: (l: TillOrderLine) => TillOrderLine,
): TillOrder {
  let changed = false;
  const lines = order.lines.map((l) => {
    if (l.uid !== uid) return l;
    const next = change(l);
    if (next !== l) changed = true;
    return next;
  });
  return changed ? touch(order, ctx, { lines }) : order;
}

/** The quantity of a line (negative for a return); a pricelist line is re-priced for it. */
export function setLineQuantity(order: TillOrder, ctx: EditContext, uid: string, qty: Decimal): TillOrder {
  return updateLine(order, ctx, uid, (l) => repriceLine({ ...l, qty: qty.toString() }, order, ctx));
}

/** A discount in percent, kept between 0 and 100. */
export function setLineDiscount(
  order: TillOrder,
  ctx: EditContext,
  uid: string,
  discount: Decimal,
): TillOrder {
  const kept = discount.isNegative() ? ZERO : discount.gt(HUNDRED) ? HUNDRED : discount;
  return updateLine(order, ctx, uid, (l) => ({ ...l, discount: kept.toString() }));
}

/** A price typed by the cashier: it stays whatever the quantity or pricelist does. */
export function setLinePrice(order: TillOrder, ctx: EditContext, uid: string, price: Decimal): TillOrder {
  return updateLine(order, ctx, uid, (l) => ({ ...l, price_unit: price.toString(), price_source: 'manual' }));
}

export function setLineNote(order: TillOrder, ctx: EditContext, uid: string, note: string): TillOrder {
  return updateLine(order, ctx, uid, (l) => (l.customer_note === note ? l : { ...l, customer_note: note }));
}

export function removeLine(order: TillOrder, ctx: EditContext, uid: string): TillOrder {
  return touch(order, ctx, { lines: order.lines.filter((l) => l.uid !== uid) });
}

/**
 * Sets (or clears) the customer: their pricelist and fiscal position apply at once, the shop's
 * default pricelist and no fiscal position without one.
 */
export function setCustomer(
  order: TillOrder,
  ctx: EditContext,
  customer: { readonly id: number | null; readonly uid: string | null; readonly fields: TillCustomer } | null,
): TillOrder {
  const shop = ctx.catalog.shop;
  const pricelist = customer?.fields.pricelist_id ?? shop?.default_pricelist_id ?? null;
  const next = touch(order, ctx, {
    customer_id: customer?.id ?? null,
    customer_uid: customer && customer.id === null ? customer.uid : null,
    customer_name: customer?.fields.name ?? null,
    pricelist_id: pricelist,
    fiscal_position_id: customer?.fields.fiscal_position_id ?? null,
  });
  return repriceOrder(next, ctx);
}

export function setPricelist(order: TillOrder, ctx: EditContext, pricelistId: number | null): TillOrder {
  return repriceOrder(touch(order, ctx, { pricelist_id: pricelistId }), ctx);
}

export function setFiscalPosition(
  order: TillOrder,
  ctx: EditContext,
  fiscalPositionId: number | null,
): TillOrder {
  return repriceOrder(touch(order, ctx, { fiscal_position_id: fiscalPositionId }), ctx);
}

/** Every pricelist-priced line at its price for the order's pricelist and fiscal position. */
export function repriceOrder(order: TillOrder, ctx: EditContext): TillOrder {
  return { ...order, lines: order.lines.map((l) => repriceLine(l, order, ctx)) };
}

function repriceLine(line: TillOrderLine, order: TillOrder, ctx: EditContext): TillOrderLine {
  if (line.price_source !== 'pricelist') return line;
  const product = ctx.catalog.products.get(line.product_id);
  if (!product) return line;
  // The quantity as the server re-checks it (reviewOrder): a return's negative quantity too.
  const priced = pricelistUnitPrice(ctx.catalog, product, dec(line.qty), priceContext(order, ctx));
  if (!priced.ok) return line;
  const price = priced.price.toString();
  return price === line.price_unit ? line : { ...line, price_unit: price };
}
