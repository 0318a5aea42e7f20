import { and, asc, eq, inArray } from 'drizzle-orm';
import type {
  TillCategory,
  TillFiscalPosition,
  TillPaymentMethod,
  TillPricelist,
  TillProduct,
  TillShop,
  TillTax,
} from '@till/core';
import type { Queryable } from '../db/database.ts';
import {
  categories,
  fiscalPositions,
  fiscalPositionTaxes,
  paymentMethods,
  pricelistRules,
  pricelists,
  productBarcodes,
  products,
  productTaxes,
  shopFiscalPositions,
  shopPaymentMethods,
  shopPricelists,
  shops,
  taxChildren,
  taxes,
} from '../db/schema/index.ts';

/*
 * The shop's catalog read as the till-data records of @till/core (sync/till-data.ts). The load
 * stream sends them to tills; the order sync turns them into the core's types to re-check orders,
 * so the till and the server compute from the very same records.
 */

/** A numeric column as the till reads it: no trailing zeros ("12.5000" → "12.5"). */
const num = (v: string | null | undefined, fallback = '0'): string => {
  if (v === null || v === undefined) return fallback;
  return v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v;
};

export async function loadShop(db: Queryable, shopId: number): Promise<TillShop | undefined> {
  const [s] = await db.select().from(shops).where(eq(shops.id, shopId));
  if (!s) return undefined;
  const [pls, fps] = await Promise.all([
    db
      .select({ id: shopPricelists.pricelist_id })
      .from(shopPricelists)
      .where(eq(shopPricelists.shop_id, shopId)),
    db
      .select({ id: shopFiscalPositions.fiscal_position_id })
      .from(shopFiscalPositions)
      .where(eq(shopFiscalPositions.shop_id, shopId)),
  ]);
  const pricelistIds = [
    ...new Set([...pls.map((p) => p.id), ...(s.default_pricelist_id ? [s.default_pricelist_id] : [])]),
  ];
  return {
    id: s.id,
    name: s.name,
    currency: { code: s.currency_code, decimals: s.currency_decimals as TillShop['currency']['decimals'] },
    tax_rounding: 'per_line',
    cash_control: s.cash_control,
    max_closing_difference: num(s.max_closing_difference),
    receipt_header: s.receipt_header,
    receipt_footer: s.receipt_footer,
    cash_rounding: s.cash_rounding
      ? {
          precision: num(s.cash_rounding_precision),
          method: s.cash_rounding_method,
          strategy: s.cash_rounding_strategy,
          cash_only: s.cash_rounding_cash_only,
        }
      : null,
    default_pricelist_id: s.default_pricelist_id,
    pricelist_ids: pricelistIds,
    fiscal_position_ids: fps.map((f) => f.id),
    allow_pricelist_choice: pricelistIds.length > 1,
    restaurant_mode: s.restaurant_mode,
    stock_update: s.stock_update,
    denominations: s.denominations,
  };
}

export async function loadTaxes(db: Queryable): Promise<TillTax[]> {
  const [rows, children] = await Promise.all([
    db.select().from(taxes).orderBy(asc(taxes.sequence), asc(taxes.id)),
    db.select().from(taxChildren).orderBy(asc(taxChildren.sequence)),
  ]);
  return rows.map((t) => ({
    id: t.id,
    name: t.name,
    amount_type: t.amount_type,
    amount: num(t.amount),
    price_include: t.price_include,
    include_base_amount: t.include_base_amount,
    is_base_affected: true,
    sequence: t.sequence,
    children: children.filter((c) => c.parent_tax_id === t.id).map((c) => c.child_tax_id),
  }));
}

export async function loadCategories(db: Queryable): Promise<TillCategory[]> {
  const rows = await db.select().from(categories).orderBy(asc(categories.sequence), asc(categories.id));
  return rows.map((c) => ({ id: c.id, name: c.name, parent_id: c.parent_id, sequence: c.sequence }));
}

export async function loadFiscalPositions(
  db: Queryable,
  ids: readonly number[],
): Promise<TillFiscalPosition[]> {
  if (ids.length === 0) return [];
  const [rows, maps] = await Promise.all([
    db
      .select()
      .from(fiscalPositions)
      .where(inArray(fiscalPositions.id, [...ids])),
    db
      .select()
      .from(fiscalPositionTaxes)
      .where(inArray(fiscalPositionTaxes.fiscal_position_id, [...ids])),
  ]);
  return rows.map((f) => {
    const mine = maps.filter((m) => m.fiscal_position_id === f.id);
    const from = [...new Set(mine.map((m) => m.tax_src_id))];
    return {
      id: f.id,
      name: f.name,
      map: from.map((src) => ({
        from: src,
        to: mine
          .filter((m) => m.tax_src_id === src && m.tax_dest_id !== null)
          .map((m) => m.tax_dest_id as number),
      })),
    };
  });
}

/** The pricelists with their rules, and the pricelists they are based on (recursively). */
export async function loadPricelists(db: Queryable, ids: readonly number[]): Promise<TillPricelist[]> {
  const out = new Map<number, TillPricelist>();
  let wanted = [...new Set(ids)];
  while (wanted.length) {
    const [rows, rules] = await Promise.all([
      db.select().from(pricelists).where(inArray(pricelists.id, wanted)),
      db.select().from(pricelistRules).where(inArray(pricelistRules.pricelist_id, wanted)),
    ]);
    for (const p of rows) {
      out.set(p.id, {
        id: p.id,
        name: p.name,
        rules: rules
          .filter((r) => r.pricelist_id === p.id)
          .map((r) => ({
            applied_on: r.applied_on,
            category_id: r.category_id,
            product_id: r.product_id,
            min_quantity: num(r.min_quantity),
            date_start: r.date_start?.toISOString() ?? null,
            date_end: r.date_end?.toISOString() ?? null,
            sequence: r.sequence,
            compute_price: r.compute_price,
            fixed_price: num(r.fixed_price),
            percent_price: num(r.percent_price),
            base: r.base,
            base_pricelist_id: r.base_pricelist_id,
            price_discount: num(r.price_discount),
            price_surcharge: num(r.price_surcharge),
            price_round: num(r.price_round),
            // Zero margins mean "no margin" (as in Odoo): a zero minimum would forbid any discount.
            price_min_margin: Number(r.price_min_margin) === 0 ? null : num(r.price_min_margin),
            price_max_margin: Number(r.price_max_margin) === 0 ? null : num(r.price_max_margin),
          })),
      });
    }
    wanted = [
      ...new Set(rules.map((r) => r.base_pricelist_id).filter((x): x is number => x !== null && !out.has(x))),
    ];
  }
  return [...out.values()];
}

export async function loadPaymentMethods(db: Queryable, shopId: number): Promise<TillPaymentMethod[]> {
  const rows = await db
    .select({ id: paymentMethods.id, name: paymentMethods.name, kind: paymentMethods.kind })
    .from(paymentMethods)
    .innerJoin(shopPaymentMethods, eq(shopPaymentMethods.payment_method_id, paymentMethods.id))
    .where(and(eq(shopPaymentMethods.shop_id, shopId), eq(paymentMethods.active, true)))
    .orderBy(asc(paymentMethods.sequence), asc(paymentMethods.id));
  return rows;
}

/** Products by id, with their barcodes and taxes; archived ones too (`active` says which). */
export async function loadProductsById(
  db: Queryable,
  ids: readonly number[],
): Promise<(TillProduct & { active: boolean; income_account_code: string | null })[]> {
  if (ids.length === 0) return [];
  const list = [...new Set(ids)];
  const [rows, codes, taxRows] = await Promise.all([
    db.select().from(products).where(inArray(products.id, list)),
    db.select().from(productBarcodes).where(inArray(productBarcodes.product_id, list)),
    db.select().from(productTaxes).where(inArray(productTaxes.product_id, list)),
  ]);
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    default_code: p.internal_reference,
    barcodes: codes.filter((c) => c.product_id === p.id).map((c) => c.barcode),
    category_id: p.category_id,
    list_price: num(p.list_price),
    standard_price: num(p.standard_price),
    tax_ids: taxRows.filter((t) => t.product_id === p.id).map((t) => t.tax_id),
    uom: p.uom,
    tracking: p.tracking,
    active: p.active,
    income_account_code: p.income_account_code,
  }));
}
