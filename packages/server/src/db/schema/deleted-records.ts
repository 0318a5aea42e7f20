import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, instant, oneOf } from './columns.ts';

export const DELETED_KINDS = ['product', 'customer'] as const;
export type DeletedKind = (typeof DELETED_KINDS)[number];

/**
 * A record deleted for good, kept as a tombstone so a till loading `since` a version learns it
 * is gone (an archived record still has its row and `updated_at`; a deleted one has neither).
 */
export const deletedRecords = pgTable(
  'deleted_records',
  {
    id: id(),
    kind: text('kind', { enum: DELETED_KINDS }).notNull(),
    record_id: integer('record_id').notNull(),
    deleted_at: instant('deleted_at').notNull().defaultNow(),
  },
  (t) => [
    oneOf('deleted_records', t.kind, DELETED_KINDS),
    index('deleted_records_deleted_at_idx').on(t.deleted_at),
  ],
);
