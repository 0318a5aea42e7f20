import { eq, sql } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import type { Database } from '../db/database.ts';
import { customers, deletedRecords } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { findCustomer } from './queries.ts';
import type {
  Customer,
  CustomerChanges,
  NewCustomer,
  TillCustomerFields,
  TillNewCustomer,
} from './schemas.ts';

/**
 * Why a change was refused: no such customer, a barcode another customer has, a pricelist or
 * fiscal position that does not exist, or (deleting) orders that name the customer.
 */
export type CustomerRefusal =
  | { readonly code: 'not_found' }
  | { readonly code: 'barcode_taken'; readonly barcode: string }
  | { readonly code: 'unknown_reference' }
  | { readonly code: 'in_use' };

export async function createCustomer(
  db: Database,
  input: NewCustomer,
): Promise<Result<Customer, CustomerRefusal>> {
  try {
    const [row] = await db.transaction((tx) =>
      tx.insert(customers).values(input).returning({ id: customers.id }),
    );
    return ok((await findCustomer(db, row!.id))!);
  } catch (error) {
    return refusalOf(error, input.barcode);
  }
}

/** Changes the fields given; archiving is `active: false` (tills drop the customer at their next load). */
export async function updateCustomer(
  db: Database,
  id: number,
  changes: CustomerChanges,
): Promise<Result<Customer, CustomerRefusal>> {
  try {
    const [row] = await db.transaction((tx) =>
      tx
        .update(customers)
        .set({ ...changes, updated_at: sql`now()` })
        .where(eq(customers.id, id))
        .returning({ id: customers.id }),
    );
    if (!row) return err({ code: 'not_found' });
    return ok((await findCustomer(db, id))!);
  } catch (error) {
    return refusalOf(error, changes.barcode);
  }
}

/** Deletes a customer no order names; one that orders name must be archived instead. */
export async function deleteCustomer(db: Database, id: number): Promise<Result<true, CustomerRefusal>> {
  try {
    // The tombstone tells tills that load `since` a version to drop the customer too.
    const rows = await db.transaction(async (tx) => {
      const deleted = await tx.delete(customers).where(eq(customers.id, id)).returning({ id: customers.id });
      if (deleted.length > 0) await tx.insert(deletedRecords).values({ kind: 'customer', record_id: id });
      return deleted;
    });
    return rows.length > 0 ? ok(true) : err({ code: 'not_found' });
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === SQL_STATE.foreignKeyViolation || state === SQL_STATE.restrictViolation)
      return err({ code: 'in_use' });
    throw error;
  }
}

/** The till's names for the contact fields, as columns. */
function columnsOfTill(fields: TillCustomerFields) {
  const { country, ...rest } = fields;
  return country === undefined ? rest : { ...rest, country_code: country };
}

/**
 * A customer a till created (maybe offline, maybe sent twice, maybe by two tabs at once): the
 * first send inserts it, every later send with the same uid answers that same customer and
 * changes nothing (an edit made meanwhile comes as a separate update by id). `ON CONFLICT DO
 * NOTHING` waits for a concurrent insert of the same uid to commit, so the select after it finds
 * the row on PostgreSQL as on PGlite.
 */
export async function createTillCustomer(db: Database, input: TillNewCustomer): Promise<Customer> {
  const { uid, ...fields } = input;
  const id = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(customers)
      .values({ uid, ...columnsOfTill(fields) })
      .onConflictDoNothing({ target: customers.uid })
      .returning({ id: customers.id });
    if (inserted) return inserted.id;
    const [existing] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.uid, uid));
    return existing!.id;
  });
  return (await findCustomer(db, id))!;
}

/** A till's edit of a customer's contact details (never its pricelist, barcode or archiving). */
export async function updateTillCustomer(
  db: Database,
  id: number,
  fields: TillCustomerFields,
): Promise<Result<Customer, CustomerRefusal>> {
  return updateCustomer(db, id, columnsOfTill(fields));
}

function refusalOf(error: unknown, barcode: string | null | undefined): Result<never, CustomerRefusal> {
  const state = sqlStateOf(error);
  if (state === SQL_STATE.uniqueViolation && barcode) return err({ code: 'barcode_taken', barcode });
  if (state === SQL_STATE.foreignKeyViolation) return err({ code: 'unknown_reference' });
  throw error;
}
