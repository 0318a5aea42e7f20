import { sql } from 'drizzle-orm';
import { dec, type SessionSales } from '@till/core';
import { DEFAULT_ACCOUNTS } from '../accounting/accounts.ts';
import type { Queryable } from '../db/database.ts';
import { rawRows } from '../db/raw-rows.ts';

/**
 * The session's sales, taxes, payments and rounding, summed by the database (a session of 10,000
 * orders is summed in one pass, not loaded), ready for core's `buildSessionEntry`.
 */
export async function loadSessionSales(
  db: Queryable,
  sessionId: number,
  cashDifference: string,
): Promise<SessionSales> {
  const counted = sql`o.session_id = ${sessionId} and o.state in ('paid', 'invoiced')`;
  const [sales, taxes, payments, rounding] = await Promise.all([
    rawRows<{ account: string; taxes: string; amount: string }>(
      db,
      sql`select coalesce(p.income_account_code, ${DEFAULT_ACCOUNTS.income}) as account,
                 coalesce((select string_agg(t.name, ', ' order by t.sequence, t.id) from taxes t
                           where t.id in (select jsonb_array_elements_text(l.tax_ids)::int)), '') as taxes,
                 sum(l.subtotal_excluded)::text as amount
          from order_lines l join orders o on o.id = l.order_id left join products p on p.id = l.product_id
          where ${counted} group by 1, 2 order by 1, 2`,
    ),
    rawRows<{ tax_id: number; label: string; account: string | null; amount: string }>(
      db,
      sql`select (x->>'tax_id')::int as tax_id, max(x->>'name') as label, max(t.account_code) as account,
                 sum((x->>'amount')::numeric)::text as amount
          from orders o cross join lateral jsonb_array_elements(o.tax_totals) x left join taxes t on t.id = (x->>'tax_id')::int
          where ${counted} group by 1 order by 1`,
    ),
    rawRows<{
      method_id: number;
      label: string;
      kind: 'cash' | 'bank' | 'pay_later';
      account: string | null;
      amount: string;
    }>(
      db,
      sql`select m.id as method_id, m.name as label, m.kind, m.receivable_account_code as account, sum(op.amount)::text as amount
          from order_payments op join orders o on o.id = op.order_id join payment_methods m on m.id = op.payment_method_id
          where ${counted} group by m.id order by m.id`,
    ),
    rawRows<{ amount: string | null }>(
      db,
      sql`select sum(o.rounding)::text as amount from orders o where ${counted}`,
    ),
  ]);
  const cash = payments.find((p) => p.kind === 'cash');
  return {
    sales: sales.map((s) => ({ account: s.account, taxes: s.taxes, amount: dec(s.amount) })),
    taxes: taxes.map((t) => ({
      account: t.account ?? DEFAULT_ACCOUNTS.tax,
      tax_id: t.tax_id,
      label: t.label,
      amount: dec(t.amount),
    })),
    payments: payments.map((p) => ({
      account: p.account ?? DEFAULT_ACCOUNTS.receivable[p.kind],
      method_id: p.method_id,
      label: p.label,
      amount: dec(p.amount),
    })),
    rounding: dec(rounding[0]?.amount ?? '0'),
    cashDifference: dec(cashDifference),
    cashAccount: cash ? (cash.account ?? DEFAULT_ACCOUNTS.receivable.cash) : DEFAULT_ACCOUNTS.receivable.cash,
  };
}
