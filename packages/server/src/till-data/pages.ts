import { and, asc, eq, gt, inArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { TillCustomer, TillEmployee, TillProduct } from '@till/core';
import type { Queryable } from '../db/database.ts';
import {
  customers,
  deletedRecords,
  employees,
  employeeShops,
  productBarcodes,
  products,
  productTaxes,
  type DeletedKind,
} from '../db/schema/index.ts';

export const PAGE_SIZE = 1000;

/**
 * Changed after a version. Versions are timestamps to the microsecond, compared by the database:
 * a JavaScript Date would cut them to the millisecond and send again what the till already has.
 */
const after = (column: SQLWrapper, version: string): SQL => sql`${column} > ${version}::timestamptz`;

function groupBy<T>(rows: readonly T[], key: (row: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
  return out;
}

const num = (v: string): string => (v.includes('.') ? v.replace(/0+$/, '').replace(/\.$/, '') : v);

/** Products a till sells: active and available in the till. `since` keeps only those changed after it. */
export const sellableProducts = (since: string | null): SQL =>
  and(
    eq(products.active, true),
    eq(products.available_in_pos, true),
    since ? after(products.updated_at, since) : undefined,
  )!;

/** One page of products after `afterId`, with their barcodes and taxes (keyset paging: no OFFSET scans). */
export async function productPage(
  db: Queryable,
  afterId: number,
  since: string | null,
): Promise<TillProduct[]> {
  const rows = await db
    .select()
    .from(products)
    .where(and(sellableProducts(since), gt(products.id, afterId)))
    .orderBy(asc(products.id))
    .limit(PAGE_SIZE);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [codes, taxes] = await Promise.all([
    db.select().from(productBarcodes).where(inArray(productBarcodes.product_id, ids)),
    db.select().from(productTaxes).where(inArray(productTaxes.product_id, ids)),
  ]);
  const codesOf = groupBy(codes, (c) => c.product_id);
  const taxesOf = groupBy(taxes, (t) => t.product_id);
  return rows.map((p) => ({
    id: p.id,
    name: p.name,
    default_code: p.internal_reference,
    barcodes: (codesOf.get(p.id) ?? []).map((c) => c.barcode),
    category_id: p.category_id,
    list_price: num(p.list_price),
    standard_price: num(p.standard_price),
    tax_ids: (taxesOf.get(p.id) ?? []).map((t) => t.tax_id),
    uom: p.uom,
    tracking: p.tracking,
  }));
}

export const activeCustomers = (since: string | null): SQL =>
  and(eq(customers.active, true), since ? after(customers.updated_at, since) : undefined)!;

export async function customerPage(
  db: Queryable,
  afterId: number,
  since: string | null,
): Promise<TillCustomer[]> {
  const rows = await db
    .select()
    .from(customers)
    .where(and(activeCustomers(since), gt(customers.id, afterId)))
    .orderBy(asc(customers.id))
    .limit(PAGE_SIZE);
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    street: c.street,
    city: c.city,
    zip: c.zip,
    country: c.country_code,
    tax_id: c.tax_id,
    barcode: c.barcode,
    pricelist_id: c.pricelist_id,
    fiscal_position_id: c.fiscal_position_id,
  }));
}

/**
 * Products and customers archived (or taken out of the till) after `since`, and those deleted
 * since (their tombstones): the till drops them.
 */
export async function removedSince(
  db: Queryable,
  since: string,
): Promise<{ products: number[]; customers: number[] }> {
  const [p, d, c] = await Promise.all([
    db
      .select({ id: products.id })
      .from(products)
      .where(
        and(
          after(products.updated_at, since),
          or(eq(products.active, false), eq(products.available_in_pos, false)),
        ),
      ),
    db
      .select({ id: deletedRecords.record_id, kind: deletedRecords.kind })
      .from(deletedRecords)
      .where(after(deletedRecords.deleted_at, since)),
    db
      .select({ id: customers.id })
      .from(customers)
      .where(and(after(customers.updated_at, since), eq(customers.active, false))),
  ]);
  const deleted = (kind: DeletedKind) => d.filter((r) => r.kind === kind).map((r) => r.id);
  return {
    products: [...p.map((r) => r.id), ...deleted('product')],
    customers: [...c.map((r) => r.id), ...deleted('customer')],
  };
}

export async function shopEmployees(db: Queryable, shopId: number): Promise<TillEmployee[]> {
  const rows = await db
    .select({ id: employees.id, name: employees.name, role: employees.role, badge: employees.badge_barcode })
    .from(employees)
    .innerJoin(employeeShops, eq(employeeShops.employee_id, employees.id))
    .where(and(eq(employeeShops.shop_id, shopId), eq(employees.active, true)))
    .orderBy(asc(employees.name));
  return rows;
}

export async function countRows(
  db: Queryable,
  since: string | null,
): Promise<{ products: number; customers: number; version: string }> {
  const [p, c, v] = await Promise.all([
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .where(sellableProducts(since)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(customers)
      .where(activeCustomers(since)),
    db
      .select({
        at: sql<string>`to_char(greatest((select max(updated_at) from products), (select max(updated_at) from customers), (select max(deleted_at) from deleted_records), 'epoch'::timestamptz) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      })
      .from(sql`(select 1) as one`),
  ]);
  return {
    products: Number(p[0]?.n ?? 0),
    customers: Number(c[0]?.n ?? 0),
    version: v[0]!.at,
  };
}
