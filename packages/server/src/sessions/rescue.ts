import { and, eq, ne } from 'drizzle-orm';
import type { Transaction } from '../db/database.ts';
import { sessions } from '../db/schema/index.ts';
import type { SessionRow } from './queries.ts';

/**
 * The session a late order goes into: the shop's open rescue session, or a new one, "Rescue for
 * <the closed session>". A unique index allows one open rescue session per shop; two orders racing
 * to create it meet on that index, and the loser takes the winner's (the caller retries the
 * transaction on a unique violation).
 */
export async function rescueSessionFor(
  tx: Transaction,
  shopId: number,
  late: { id: number; name: string } | null,
  now: Date,
): Promise<SessionRow> {
  const [open] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.shop_id, shopId), eq(sessions.rescue, true), ne(sessions.state, 'closed')))
    .for('update');
  if (open) return open;
  const [created] = await tx
    .insert(sessions)
    .values({
      shop_id: shopId,
      name: `Rescue for ${late?.name ?? 'an unknown session'}`,
      state: 'opened',
      rescue: true,
      rescue_for_session_id: late?.id ?? null,
      stock_update: 'real',
      // A rescue session has no drawer of its own: its cash is counted as expected.
      cash_control: false,
      opened_at: now,
    })
    .returning();
  return created!;
}
