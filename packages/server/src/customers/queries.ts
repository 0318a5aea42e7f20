import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { TillCustomer } from '@till/core';
import type { Queryable } from '../db/database.ts';
import { customers } from '../db/schema/index.ts';
import { likePattern, pageOf, type ListQuery } from '../http/list-query.ts';
import type { Customer } from './schemas.ts';

/** Every column the API shows (not the till's uid). */
export const customerColumns = {
  id: customers.id,
  name: customers.name,
  email: customers.email,
  phone: customers.phone,
  street: customers.street,
  street2: customers.street2,
  zip: customers.zip,
  city: customers.city,
  state: customers.state,
  country_code: customers.country_code,
  tax_id: customers.tax_id,
  barcode: customers.barcode,
  pricelist_id: customers.pricelist_id,
  fiscal_position_id: customers.fiscal_position_id,
  active: customers.active,
  created_at: customers.created_at,
  updated_at: customers.updated_at,
};

/** The search of the customers list: name, email, phone, barcode or tax id containing `q`. */
export function customerFilter(query: Pick<ListQuery, 'q' | 'archived'>): SQL | undefined {
  const archived = query.archived ?? 'exclude';
  const q = query.q?.trim();
  const pattern = q ? likePattern(q) : undefined;
  return and(
    archived === 'exclude' ? eq(customers.active, true) : undefined,
    archived === 'only' ? eq(customers.active, false) : undefined,
    pattern
      ? or(
          ilike(customers.name, pattern),
          ilike(customers.email, pattern),
          ilike(customers.phone, pattern),
          ilike(customers.barcode, pattern),
          ilike(customers.tax_id, pattern),
        )
      : undefined,
  );
}

/** One page of customers by name, and how many match. */
export async function listCustomers(
  db: Queryable,
  query: ListQuery,
): Promise<{ items: Customer[]; total: number; limit: number; offset: number }> {
  const { limit, offset } = pageOf(query);
  const where = customerFilter(query);
  const [items, totals] = await Promise.all([
    db
      .select(customerColumns)
      .from(customers)
      .where(where)
      .orderBy(asc(customers.name), asc(customers.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(customers).where(where),
  ]);
  return { items, total: Number(totals[0]?.n ?? 0), limit, offset };
}

/** Every customer, archived too, by id (the CSV export). */
export async function allCustomers(db: Queryable): Promise<Customer[]> {
  return db.select(customerColumns).from(customers).orderBy(asc(customers.id));
}

export async function findCustomers(db: Queryable, ids: number[]): Promise<Customer[]> {
  if (ids.length === 0) return [];
  return db.select(customerColumns).from(customers).where(inArray(customers.id, ids));
}

export async function findCustomer(db: Queryable, id: number): Promise<Customer | undefined> {
  return (await findCustomers(db, [id]))[0];
}

/** A customer as the till keeps it (the till calls the country `country`). */
export function tillCustomerOf(c: Customer): TillCustomer {
  return {
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
  };
}
