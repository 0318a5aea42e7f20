import { and, eq } from 'drizzle-orm';
import {
  buildSessionEntry,
  compareCounted,
  dec,
  err,
  formatAmount,
  isBalanced,
  ok,
  type Decimal,
  type Result,
} from '@till/core';
import { ENTRY_ACCOUNTS } from '../accounting/accounts.ts';
import type { Database } from '../db/database.ts';
import { journalEntries, journalLines, orders, sessionCounts, sessions } from '../db/schema/index.ts';
import { moveOrderStock } from '../stock/move-stock.ts';
import { loadClosingData } from './closing-data.ts';
import { loadSessionSales } from './session-entry-data.ts';

export type CloseRefusal =
  | { type: 'session_not_found' }
  | { type: 'session_closed' }
  | { type: 'draft_orders_open'; drafts: { id: number; receipt_number: string; total_due: string }[] }
  | { type: 'difference_needs_confirmation'; largest: string; max_difference: string; may_confirm: boolean };

export interface CloseInput {
  readonly sessionId: number;
  readonly userId: number;
  /** Whether this user may confirm a difference beyond the shop's limit (managers and admins). */
  readonly mayConfirmDifference: boolean;
  /** Counted amount per payment method id, as decimal strings. */
  readonly counted: Readonly<Record<string, string>>;
  readonly notes: string;
  readonly confirmDifference: boolean;
  /** What to do with unpaid orders left in the session: none is ever deleted. */
  readonly drafts: 'refuse' | 'cancel';
  readonly now: Date;
}

/**
 * Closes a session in one transaction: checks drafts and the counted difference, moves the stock
 * not yet moved, posts the session's one balanced journal entry, records the counts, and makes the
 * session read-only. A rescue session's cash is taken as counted (it has no drawer of its own).
 */
export async function closeSession(
  db: Database,
  input: CloseInput,
): Promise<Result<{ entry_id: number; difference: string }, CloseRefusal>> {
  return db.transaction(async (tx) => {
    const [session] = await tx.select().from(sessions).where(eq(sessions.id, input.sessionId)).for('update');
    if (!session) return err({ type: 'session_not_found' as const });
    if (session.state === 'closed') return err({ type: 'session_closed' as const });
    const data = await loadClosingData(tx, session);
    if (data.drafts.length > 0) {
      if (input.drafts !== 'cancel') return err({ type: 'draft_orders_open' as const, drafts: data.drafts });
      await tx
        .update(orders)
        .set({ state: 'cancelled' })
        .where(and(eq(orders.session_id, session.id), eq(orders.state, 'draft')));
    }
    const counted: Record<string, Decimal> = {};
    for (const m of data.summary.methods) {
      const typed = input.counted[m.method_id];
      counted[m.method_id] =
        !session.cash_control || typed === undefined
          ? m.kind === 'cash' && session.cash_control
            ? dec(0)
            : m.expected
          : dec(typed);
    }
    const comparison = compareCounted(data.summary, counted, dec(data.maxDifference));
    if (comparison.needsConfirmation && (!input.confirmDifference || !input.mayConfirmDifference)) {
      return err({
        type: 'difference_needs_confirmation' as const,
        largest: formatAmount(comparison.largest, data.currency),
        max_difference: data.maxDifference,
        may_confirm: input.mayConfirmDifference,
      });
    }

    const pending = await tx
      .select({ id: orders.id })
      .from(orders)
      .where(and(eq(orders.session_id, session.id), eq(orders.state, 'paid'), eq(orders.stock_moved, false)));
    for (const o of pending) await moveOrderStock(tx, o.id);

    const cashMethod = data.summary.methods.find((m) => m.kind === 'cash');
    const cashDiff =
      comparison.differences.find((d) => d.method_id === cashMethod?.method_id)?.difference ?? dec(0);
    const sales = await loadSessionSales(tx, session.id, cashDiff.toString());
    const lines = buildSessionEntry(sales, ENTRY_ACCOUNTS, data.currency);
    if (!isBalanced(lines)) throw new Error(`session ${session.id}: the closing entry does not balance`);
    const [entry] = await tx
      .insert(journalEntries)
      .values({ session_id: session.id, ref: session.name, posted_at: input.now })
      .returning();
    if (lines.length) {
      await tx.insert(journalLines).values(
        lines.map((l) => ({
          entry_id: entry!.id,
          account_code: l.account,
          label: l.label,
          debit: l.debit.toFixed(4),
          credit: l.credit.toFixed(4),
          tax_id: l.tax_id ?? null,
          payment_method_id: l.method_id ?? null,
        })),
      );
    }
    if (comparison.differences.length) {
      await tx.insert(sessionCounts).values(
        comparison.differences.map((d) => ({
          session_id: session.id,
          payment_method_id: Number(d.method_id),
          expected: d.expected.toFixed(4),
          counted: d.counted.toFixed(4),
          difference: d.difference.toFixed(4),
        })),
      );
    }
    await tx
      .update(sessions)
      .set({
        state: 'closed',
        closed_at: input.now,
        closed_by: input.userId,
        closing_notes: input.notes,
        updated_at: input.now,
      })
      .where(eq(sessions.id, session.id));
    return ok({ entry_id: entry!.id, difference: formatAmount(cashDiff, data.currency) });
  });
}
