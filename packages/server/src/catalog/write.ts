import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { ok, type Result } from '@till/core';
import type { Database, Transaction } from '../db/database.ts';
import { refusalOfDbError, refuse, type CatalogRefusal } from './refusal.ts';
import { usesOf, type Usage } from './usages.ts';

/**
 * Deletes record `id` of `table` when nothing in `usages` uses it; else refuses with every use
 * named. `after` runs in the same transaction (a tombstone for the tills). The foreign keys stay
 * the last word: a use that appears between the check and the delete is refused too.
 */
export async function removeUnused(
  db: Database,
  target: { table: PgTable; id: PgColumn },
  id: number,
  usages: readonly Usage[],
  after?: (tx: Transaction) => Promise<void>,
): Promise<Result<true, CatalogRefusal>> {
  try {
    return await db.transaction(async (tx) => {
      const uses = await usesOf(tx, id, usages);
      if (uses.length > 0) return refuse({ code: 'in_use', uses });
      const rows = await tx.delete(target.table).where(eq(target.id, id)).returning({ id: target.id });
      if (rows.length === 0) return refuse({ code: 'not_found' });
      await after?.(tx);
      return ok(true as const);
    });
  } catch (error) {
    return refusalOfDbError(error);
  }
}

/**
 * A create or change in one transaction: `work` writes and answers the record's id (or a
 * refusal, or undefined when the record does not exist); then the record is read back with
 * `find`. Database clashes (a barcode taken, an unknown id) become refusals.
 */
export async function writeRecord<T>(
  db: Database,
  work: (tx: Transaction) => Promise<number | undefined | Result<never, CatalogRefusal>>,
  find: (db: Database, id: number) => Promise<T | undefined>,
): Promise<Result<T, CatalogRefusal>> {
  let outcome: number | undefined | Result<never, CatalogRefusal>;
  try {
    outcome = await db.transaction(work);
  } catch (error) {
    return refusalOfDbError(error);
  }
  if (outcome === undefined) return refuse({ code: 'not_found' });
  if (typeof outcome !== 'number') return outcome;
  return ok((await find(db, outcome))!);
}
