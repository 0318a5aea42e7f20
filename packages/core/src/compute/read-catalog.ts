import { ZERO } from '../money/decimal.ts';
import type { Category, Pricelist, PricelistRule } from '../pricing/types.ts';
import type { TaxIndex } from '../tax/tax.ts';
import type { ComputeProduct } from './compute-input.ts';
import {
  InputError,
  optional,
  readArray,
  readDecimal,
  readEnum,
  readInteger,
  readObject,
  readString,
  required,
  type Json,
} from './json-reader.ts';
import { readTaxIds } from './read-taxes.ts';

const DATE = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function readDate(v: Json, path: string): string {
  const s = readString(v, path);
  if (!DATE.test(s) || Number.isNaN(new Date(s.slice(0, 10)).getTime())) {
    throw new InputError(path, `expected a date as YYYY-MM-DD, got ${JSON.stringify(s)}`);
  }
  return s;
}

const nullableString = (o: Record<string, Json>, key: string, p: string): string | null =>
  optional(o, key, readString, p) ?? null;

export function readCategories(v: Json): Category[] {
  const cats = readArray(v, 'categories').map((raw, i): Category => {
    const p = `categories[${i}].`;
    const o = readObject(raw, `categories[${i}]`);
    return { id: readString(required(o, 'id', p), `${p}id`), parent: nullableString(o, 'parent', p) };
  });
  const ids = new Set(cats.map((c) => c.id));
  cats.forEach((c, i) => {
    if (c.parent !== null && !ids.has(c.parent))
      throw new InputError(`categories[${i}].parent`, `unknown category "${c.parent}"`);
  });
  return cats;
}

export function readProducts(
  v: Json,
  taxes: TaxIndex,
  categories: readonly Category[],
): Map<string, ComputeProduct> {
  const known = new Set(categories.map((c) => c.id));
  const products = new Map<string, ComputeProduct>();
  readArray(v, 'products').forEach((raw, i) => {
    const p = `products[${i}].`;
    const o = readObject(raw, `products[${i}]`);
    const id = readString(required(o, 'id', p), `${p}id`);
    if (products.has(id)) throw new InputError(`${p}id`, `"${id}" is listed twice`);
    const category = nullableString(o, 'category', p);
    if (category !== null && !known.has(category))
      throw new InputError(`${p}category`, `unknown category "${category}"`);
    products.set(id, {
      id,
      list_price: readDecimal(required(o, 'list_price', p), `${p}list_price`),
      standard_price: optional(o, 'standard_price', readDecimal, p) ?? ZERO,
      category,
      taxes: optional(o, 'taxes', (x, path) => readTaxIds(x, path, taxes), p) ?? [],
    });
  });
  return products;
}

const APPLIED_ON = ['all', 'category', 'product'] as const;
const COMPUTE_PRICE = ['fixed', 'percentage', 'formula'] as const;
const BASE = ['list_price', 'standard_price', 'pricelist'] as const;

function readRule(raw: Json, p: string): PricelistRule {
  const o = readObject(raw, p.slice(0, -1));
  const dec = (key: string) => optional(o, key, readDecimal, p) ?? ZERO;
  const margin = (key: string) => optional(o, key, readDecimal, p) ?? null;
  return {
    applied_on: optional(o, 'applied_on', (x, path) => readEnum(x, path, APPLIED_ON), p) ?? 'all',
    category: nullableString(o, 'category', p),
    product: nullableString(o, 'product', p),
    min_quantity: optional(o, 'min_quantity', (x, path) => readDecimal(x, path, { min: 0 }), p) ?? ZERO,
    date_start: optional(o, 'date_start', readDate, p) ?? null,
    date_end: optional(o, 'date_end', readDate, p) ?? null,
    sequence: optional(o, 'sequence', (x, path) => readInteger(x, path, -1_000_000, 1_000_000), p) ?? 1,
    compute_price: readEnum(required(o, 'compute_price', p), `${p}compute_price`, COMPUTE_PRICE),
    fixed_price: dec('fixed_price'),
    percent_price: dec('percent_price'),
    base: optional(o, 'base', (x, path) => readEnum(x, path, BASE), p) ?? 'list_price',
    base_pricelist: nullableString(o, 'base_pricelist', p),
    price_discount: dec('price_discount'),
    price_surcharge: dec('price_surcharge'),
    price_round: optional(o, 'price_round', (x, path) => readDecimal(x, path, { min: 0 }), p) ?? ZERO,
    price_min_margin: margin('price_min_margin'),
    price_max_margin: margin('price_max_margin'),
  };
}

export function readPricelists(
  v: Json,
  products: ReadonlyMap<string, ComputeProduct>,
  categories: readonly Category[],
): Pricelist[] {
  const known = new Set(categories.map((c) => c.id));
  const lists = readArray(v, 'pricelists').map((raw, i): Pricelist => {
    const p = `pricelists[${i}].`;
    const o = readObject(raw, `pricelists[${i}]`);
    const rules = readArray(required(o, 'rules', p), `${p}rules`).map((r, j) =>
      readRule(r, `${p}rules[${j}].`),
    );
    rules.forEach((r, j) => {
      const rp = `${p}rules[${j}].`;
      if (r.applied_on === 'product' && (r.product == null || !products.has(r.product))) {
        throw new InputError(
          `${rp}product`,
          r.product == null ? 'is missing for a product rule' : `unknown product "${r.product}"`,
        );
      }
      if (r.applied_on === 'category' && (r.category == null || !known.has(r.category))) {
        throw new InputError(
          `${rp}category`,
          r.category == null ? 'is missing for a category rule' : `unknown category "${r.category}"`,
        );
      }
      if (r.compute_price === 'formula' && r.base === 'pricelist' && r.base_pricelist === null) {
        throw new InputError(`${rp}base_pricelist`, 'is missing for a formula based on another pricelist');
      }
    });
    return { id: readString(required(o, 'id', p), `${p}id`), rules };
  });
  const ids = new Set(lists.map((l) => l.id));
  lists.forEach((l, i) =>
    l.rules.forEach((r, j) => {
      if (r.base_pricelist !== null && r.base_pricelist !== undefined && !ids.has(r.base_pricelist)) {
        throw new InputError(
          `pricelists[${i}].rules[${j}].base_pricelist`,
          `unknown pricelist "${r.base_pricelist}"`,
        );
      }
    }),
  );
  return lists;
}
