import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.ts';
import { orderPayments, paymentMethods, sessionCounts, shopPaymentMethods } from '../../db/schema/index.ts';
import type { ListQuery } from '../../http/list-query.ts';
import { archivedFilter, listPage, rowsByIds, searchFilter } from '../list.ts';
import { plural, usage } from '../usages.ts';
import { removeUnused, writeRecord } from '../write.ts';
import type { PaymentMethod } from './schemas.ts';

type Fields = Partial<Omit<PaymentMethod, 'id' | 'created_at' | 'updated_at'>>;

const load = (db: Queryable, ids: number[]): Promise<PaymentMethod[]> =>
  rowsByIds(db, paymentMethods, paymentMethods.id, ids);

export const findPaymentMethod = async (db: Queryable, id: number) => (await load(db, [id]))[0];

export const listPaymentMethods = (db: Queryable, query: ListQuery) =>
  listPage(
    db,
    {
      table: paymentMethods,
      id: paymentMethods.id,
      where: and(
        archivedFilter(paymentMethods.active, query.archived),
        searchFilter(query.q, [paymentMethods.name]),
      ),
      order: [asc(paymentMethods.sequence), asc(paymentMethods.name), asc(paymentMethods.id)],
      load,
    },
    query,
  );

export const createPaymentMethod = (db: Database, input: Fields & Pick<PaymentMethod, 'name' | 'kind'>) =>
  writeRecord(
    db,
    async (tx) => (await tx.insert(paymentMethods).values(input).returning({ id: paymentMethods.id }))[0]!.id,
    findPaymentMethod,
  );

export const updatePaymentMethod = (db: Database, id: number, changes: Fields) =>
  writeRecord(
    db,
    async (tx) =>
      (
        await tx
          .update(paymentMethods)
          .set({ ...changes, updated_at: sql`now()` })
          .where(eq(paymentMethods.id, id))
          .returning({ id: paymentMethods.id })
      )[0]?.id,
    findPaymentMethod,
  );

/** Paid with, counted at a closing, or offered by a shop: archive instead. */
const USAGES = [
  usage(
    orderPayments,
    (id) => eq(orderPayments.payment_method_id, id),
    (n) => `used by ${plural(n, 'payment')}`,
  ),
  usage(
    sessionCounts,
    (id) => eq(sessionCounts.payment_method_id, id),
    (n) => `counted in ${plural(n, 'session closing')}`,
  ),
  usage(
    shopPaymentMethods,
    (id) => eq(shopPaymentMethods.payment_method_id, id),
    (n) => `offered by ${plural(n, 'shop')}`,
  ),
];

export const deletePaymentMethod = (db: Database, id: number) =>
  removeUnused(db, { table: paymentMethods, id: paymentMethods.id }, id, USAGES);
