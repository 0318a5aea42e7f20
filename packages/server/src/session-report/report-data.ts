import { eq, sql } from 'drizzle-orm';
import { dec, formatAmount, type Currency, type Decimal } from '@till/core';
import { ACCOUNT_NAMES } from '../accounting/accounts.ts';
import type { Queryable } from '../db/database.ts';
import { rawRows } from '../db/raw-rows.ts';
import { journalEntries, shops, users } from '../db/schema/index.ts';
import { loadClosingData } from '../sessions/closing-data.ts';
import type { SessionRow } from '../sessions/queries.ts';

type Num = string | number;

/**
 * One session as the back office shows it: its closing figures (core's closing arithmetic, the
 * same as the closing screen), cash moves, what was counted, its journal entry and stock moves.
 * Amounts are decimal strings in the shop's currency.
 */
export async function loadSessionReport(db: Queryable, session: SessionRow) {
  const [closing, [shop], names, moves, counts, [entry], stock] = await Promise.all([
    loadClosingData(db, session),
    db.select().from(shops).where(eq(shops.id, session.shop_id)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(sql`${users.id} in (${session.opened_by ?? 0}, ${session.closed_by ?? 0})`),
    rawRows<{
      id: number;
      type: 'in' | 'out';
      amount: string;
      reason: string;
      at: Date | string;
      by: string | null;
    }>(
      db,
      sql`select m.id, m.type, m.amount::text as amount, m.reason, m.created_at as at, coalesce(e.name, u.name) as by
          from cash_moves m left join users u on u.id = m.user_id left join employees e on e.id = m.employee_id
          where m.session_id = ${session.id} order by m.id`,
    ),
    rawRows<{ method_id: number; expected: string; counted: string; difference: string }>(
      db,
      sql`select payment_method_id as method_id, expected::text as expected, counted::text as counted,
                 difference::text as difference
          from session_counts where session_id = ${session.id}`,
    ),
    db.select().from(journalEntries).where(eq(journalEntries.session_id, session.id)),
    rawRows<{
      id: number;
      product_id: number;
      product_name: string | null;
      lot: string;
      quantity: string;
      order_line_id: number | null;
      at: Date | string;
    }>(
      db,
      sql`select m.id, m.product_id, p.name as product_name, m.lot, m.quantity::text as quantity,
                 m.order_line_id, m.created_at as at
          from stock_moves m left join products p on p.id = m.product_id
          where m.session_id = ${session.id} order by m.id`,
    ),
  ]);
  const currency = closing.currency;
  const money = (d: Decimal | string) => formatAmount(typeof d === 'string' ? dec(d) : d, currency);
  const nameOf = (id: number | null) => (id === null ? null : (names.find((n) => n.id === id)?.name ?? null));
  const journal = entry
    ? await rawRows<{ account_code: string; label: string; debit: string; credit: string }>(
        db,
        sql`select account_code, label, debit::text as debit, credit::text as credit
            from journal_lines where entry_id = ${entry.id} order by id`,
      )
    : [];
  const counted = new Map(counts.map((c) => [String(c.method_id), c]));
  const location = `${shop!.name} stock`;
  return {
    currency: currency.code,
    currency_decimals: currency.decimals,
    session: {
      id: session.id,
      name: session.name,
      shop_id: session.shop_id,
      shop_name: shop!.name,
      state: session.state,
      rescue: session.rescue,
      rescue_for_session_id: session.rescue_for_session_id,
      cash_control: session.cash_control,
      opened_at: session.opened_at,
      opened_by: session.opened_by,
      opened_by_name: nameOf(session.opened_by),
      closed_at: session.closed_at,
      closed_by: session.closed_by,
      closed_by_name: nameOf(session.closed_by),
      opening_notes: session.opening_notes,
      closing_notes: session.closing_notes,
    },
    orders_count: closing.summary.orders_count,
    orders_total: money(closing.summary.orders_total),
    payments: closing.summary.methods.map((m) => ({
      method_id: Number(m.method_id),
      name: m.name,
      kind: m.kind,
      count: m.payment_count,
      amount: money(m.payments_total),
    })),
    cash_moves: moves.map((m) => ({
      id: m.id,
      type: m.type,
      amount: money(m.amount),
      reason: m.reason,
      at: new Date(m.at),
      by: m.by,
    })),
    // Closed: what was recorded at closing. Still open: what is expected now, nothing counted yet.
    control: closing.summary.methods.map((m) => {
      const c = counted.get(m.method_id);
      return {
        method_id: Number(m.method_id),
        name: m.name,
        kind: m.kind,
        expected: money(c ? c.expected : m.expected),
        counted: c ? money(c.counted) : null,
        difference: c ? money(c.difference) : null,
        ...(m.cash
          ? {
              cash: {
                opening: money(m.cash.opening),
                payments: money(m.cash.payments),
                cash_in: money(m.cash.cash_in),
                cash_out: money(m.cash.cash_out),
              },
            }
          : {}),
      };
    }),
    draft_orders: closing.drafts.map((d) => ({ ...d, total_due: money(d.total_due) })),
    journal_entry: entry
      ? {
          id: entry.id,
          ref: entry.ref,
          posted_at: entry.posted_at,
          lines: journal.map((l) => ({
            account_code: l.account_code,
            account_name: ACCOUNT_NAMES[l.account_code] ?? l.label,
            label: l.label,
            debit: money(l.debit),
            credit: money(l.credit),
          })),
        }
      : null,
    // A sale moves stock out of the shop's location to the customer; a return brings it back.
    stock_moves: stock.map((m) => {
      const out = dec(m.quantity).isNegative();
      return {
        id: m.id,
        product_id: m.product_id,
        product_name: m.product_name ?? `#${m.product_id}`,
        lot: m.lot,
        quantity: dec(m.quantity).abs().toString(),
        from: out ? location : 'Customers',
        to: out ? 'Customers' : location,
        order_line_id: m.order_line_id,
        at: new Date(m.at),
      };
    }),
  };
}

export type SessionReport = Awaited<ReturnType<typeof loadSessionReport>>;

/**
 * The Z report: the session report's closing figures plus sales per tax, refunds and discounts,
 * summed by the database over the session's paid and invoiced orders.
 */
export async function loadZReport(db: Queryable, session: SessionRow) {
  const counted = sql`o.session_id = ${session.id} and o.state in ('paid', 'invoiced')`;
  const [report, byTax, refunds, discounts] = await Promise.all([
    loadSessionReport(db, session),
    rawRows<{ tax_id: Num; name: string; base: string; amount: string }>(
      db,
      sql`select (x->>'tax_id')::int as tax_id, max(x->>'name') as name,
                 sum((x->>'base')::numeric)::text as base, sum((x->>'amount')::numeric)::text as amount
          from orders o cross join lateral jsonb_array_elements(o.tax_totals) x
          where ${counted} group by 1 order by 1`,
    ),
    rawRows<{ n: Num; total: string | null }>(
      db,
      sql`select count(*)::int as n, sum(o.total_due)::text as total from orders o where ${counted} and o.is_refund`,
    ),
    // Line discounts in the prices' own terms (tax included when the price is), and global discounts.
    rawRows<{ lines: Num; line_amount: string | null; globals: Num; global_amount: string | null }>(
      db,
      sql`select count(*) filter (where l.kind = 'product' and l.discount <> 0)::int as lines,
                 sum(l.qty * l.price_unit * l.discount / 100) filter (where l.kind = 'product')::text as line_amount,
                 count(*) filter (where l.kind = 'global_discount')::int as globals,
                 sum(-l.subtotal_included) filter (where l.kind = 'global_discount')::text as global_amount
          from order_lines l join orders o on o.id = l.order_id where ${counted}`,
    ),
  ]);
  const currency: Currency = { code: report.currency, decimals: report.currency_decimals };
  const money = (s: string | null) => formatAmount(dec(s ?? '0'), currency);
  const d = discounts[0]!;
  return {
    shop: { id: report.session.shop_id, name: report.session.shop_name },
    currency: report.currency,
    session: report.session,
    period: { from: report.session.opened_at, to: report.session.closed_at },
    orders: { count: report.orders_count, total: report.orders_total },
    sales_by_tax: byTax.map((t) => ({
      tax_id: Number(t.tax_id),
      name: t.name,
      base: money(t.base),
      amount: money(t.amount),
    })),
    payments: report.payments,
    cash_control: report.control,
    differences: report.control
      .filter((c) => c.difference !== null && !dec(c.difference).isZero())
      .map((c) => ({ method_id: c.method_id, name: c.name, difference: c.difference! })),
    refunds: { count: Number(refunds[0]?.n ?? 0), total: money(refunds[0]?.total ?? null) },
    discounts: {
      line_count: Number(d.lines),
      line_amount: money(d.line_amount),
      global_count: Number(d.globals),
      global_amount: money(d.global_amount),
    },
    cash_moves: report.cash_moves,
    closing_notes: report.session.closing_notes,
  };
}

export type ZReport = Awaited<ReturnType<typeof loadZReport>>;
