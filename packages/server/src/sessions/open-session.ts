import { eq } from 'drizzle-orm';
import { err, ok, type Result } from '@till/core';
import type { Database } from '../db/database.ts';
import { sessionLogins, sessions, shops } from '../db/schema/index.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';
import { findRunningSession, type SessionRow } from './queries.ts';

export type OpenRefusal = { type: 'session_already_open'; session_id: number } | { type: 'shop_not_found' };

/**
 * Opens the shop's session with the counted opening cash. One ordinary session per shop: a second
 * is refused, naming the one that runs (also when two devices open at once: the unique index
 * decides). The opener's device gets login number 1.
 */
export async function openSession(
  db: Database,
  input: { shopId: number; userId: number; openingCash: string; notes: string; now: Date },
): Promise<Result<{ session: SessionRow; login_number: number }, OpenRefusal>> {
  try {
    return await db.transaction(async (tx) => {
      const [shop] = await tx.select().from(shops).where(eq(shops.id, input.shopId));
      if (!shop) return err({ type: 'shop_not_found' as const });
      const running = await findRunningSession(tx, input.shopId);
      if (running) return err({ type: 'session_already_open' as const, session_id: running.id });
      const [created] = await tx
        .insert(sessions)
        .values({
          shop_id: shop.id,
          name: shop.name,
          state: 'opened',
          stock_update: shop.stock_update,
          cash_control: shop.cash_control,
          opening_cash: input.openingCash,
          opening_notes: input.notes,
          opened_by: input.userId,
          opened_at: input.now,
          last_login_number: 1,
        })
        .returning();
      const [named] = await tx
        .update(sessions)
        .set({ name: `${shop.name}/${String(created!.id).padStart(5, '0')}` })
        .where(eq(sessions.id, created!.id))
        .returning();
      await tx
        .insert(sessionLogins)
        .values({ session_id: created!.id, login_number: 1, user_id: input.userId });
      return ok({ session: named!, login_number: 1 });
    });
  } catch (e) {
    if (sqlStateOf(e) !== SQL_STATE.uniqueViolation) throw e;
    const running = await findRunningSession(db, input.shopId);
    return err({ type: 'session_already_open', session_id: running?.id ?? 0 });
  }
}

export type JoinRefusal = { type: 'session_not_found' } | { type: 'session_not_open'; state: string };

/** Another device joins the running session ("continue selling"): it gets the next login number. */
export async function joinSession(
  db: Database,
  input: { sessionId: number; userId: number },
): Promise<Result<{ session: SessionRow; login_number: number }, JoinRefusal>> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(sessions).where(eq(sessions.id, input.sessionId)).for('update');
    if (!current) return err({ type: 'session_not_found' as const });
    if (current.state !== 'opened') return err({ type: 'session_not_open' as const, state: current.state });
    const [session] = await tx
      .update(sessions)
      .set({ last_login_number: current.last_login_number + 1 })
      .where(eq(sessions.id, current.id))
      .returning();
    await tx
      .insert(sessionLogins)
      .values({ session_id: current.id, login_number: session!.last_login_number, user_id: input.userId });
    return ok({ session: session!, login_number: session!.last_login_number });
  });
}
