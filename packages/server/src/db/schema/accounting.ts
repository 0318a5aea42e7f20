import { index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, instant, price } from './columns.ts';
import { sessions } from './sessions.ts';

/** The one journal entry a session posts when it closes. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: id(),
    session_id: integer('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'restrict' }),
    ref: text('ref').notNull(),
    posted_at: instant('posted_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('journal_entries_session_unique').on(t.session_id)],
);

export const journalLines = pgTable(
  'journal_lines',
  {
    id: id(),
    entry_id: integer('entry_id')
      .notNull()
      .references(() => journalEntries.id, { onDelete: 'cascade' }),
    account_code: text('account_code').notNull(),
    label: text('label').notNull(),
    debit: price('debit').notNull(),
    credit: price('credit').notNull(),
    tax_id: integer('tax_id'),
    payment_method_id: integer('payment_method_id'),
  },
  (t) => [index('journal_lines_entry_idx').on(t.entry_id)],
);
