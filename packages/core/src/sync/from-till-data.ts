import { dec } from '../money/decimal.ts';
import type { FiscalPosition } from '../fiscal/fiscal-position.ts';
import type { Category, Pricelist, PricedProduct } from '../pricing/types.ts';
import type { Tax } from '../tax/tax.ts';
import type { TillCategory, TillFiscalPosition, TillPricelist, TillProduct, TillTax } from './till-data.ts';

/*
 * The till data (server ids as numbers, amounts as strings) turned into the core's types (ids as
 * strings, amounts as Decimal). The till and the server both compute from these, so they agree.
 */

export const taxFromTill = (t: TillTax): Tax => ({
  id: String(t.id),
  name: t.name,
  amount_type: t.amount_type,
  amount: dec(t.amount),
  price_include: t.price_include,
  include_base_amount: t.include_base_amount,
  is_base_affected: t.is_base_affected,
  sequence: t.sequence,
  children: t.children.map(String),
});

export const categoryFromTill = (c: TillCategory): Category => ({
  id: String(c.id),
  parent: c.parent_id === null ? null : String(c.parent_id),
});

export const productFromTill = (p: TillProduct): PricedProduct & { taxes: string[] } => ({
  id: String(p.id),
  list_price: dec(p.list_price),
  standard_price: dec(p.standard_price),
  category: p.category_id === null ? null : String(p.category_id),
  taxes: p.tax_ids.map(String),
});

export const fiscalPositionFromTill = (f: TillFiscalPosition): FiscalPosition => ({
  id: String(f.id),
  name: f.name,
  map: f.map.map((m) => ({ from: String(m.from), to: m.to.map(String) })),
});

const optionalDec = (v: string | null) => (v === null ? null : dec(v));

export const pricelistFromTill = (p: TillPricelist): Pricelist => ({
  id: String(p.id),
  name: p.name,
  rules: p.rules.map((r) => ({
    applied_on: r.applied_on,
    category: r.category_id === null ? null : String(r.category_id),
    product: r.product_id === null ? null : String(r.product_id),
    min_quantity: dec(r.min_quantity),
    date_start: r.date_start,
    date_end: r.date_end,
    sequence: r.sequence,
    compute_price: r.compute_price,
    fixed_price: dec(r.fixed_price),
    percent_price: dec(r.percent_price),
    base: r.base,
    base_pricelist: r.base_pricelist_id === null ? null : String(r.base_pricelist_id),
    price_discount: dec(r.price_discount),
    price_surcharge: dec(r.price_surcharge),
    price_round: dec(r.price_round),
    price_min_margin: optionalDec(r.price_min_margin),
    price_max_margin: optionalDec(r.price_max_margin),
  })),
});
