import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type * as schema from './schema/index.ts';

export type Schema = typeof schema;
export type DatabaseKind = 'pglite' | 'postgresql';

/** The Drizzle database, whichever driver is under it (PGlite or postgres.js). */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/**
 * The object a transaction hands its callback. Inside a transaction use only it, never the
 * Database: PGlite has a single connection, so a query on the Database waits for the transaction
 * to end, and the transaction waits for the query: a hang.
 */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/** What reads can run on: the Database, or a transaction in progress. */
export type Queryable = Database | Transaction;

/** An open database: the Drizzle handle, which kind it is, and how to close it. */
export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseKind;
  /** Applies the committed migrations (drizzle/) that this database has not seen yet. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}
