import { sql } from 'drizzle-orm';
import { dec, formatAmount, type Currency } from '@till/core';
import type { AuthUser } from '../auth/principal.ts';
import { shopScope } from '../auth/shop-access.ts';
import type { Queryable } from '../db/database.ts';
import { rawRows } from '../db/raw-rows.ts';
import { SERVER_TIME_ZONE } from '../reports/time-zone.ts';

interface ShopRow extends Record<string, unknown> {
  id: number;
  name: string;
  currency_code: string;
  currency_decimals: number;
  session_id: number | null;
  session_name: string | null;
  state: string | null;
  opened_at: Date | string | null;
  opened_by_name: string | null;
  open_rescue_sessions: number | string;
  today_orders: number | string;
  today_total: string;
}

/**
 * One card per shop the user may see: its running session (who sells, how much), how many rescue
 * sessions wait to be closed, and today's paid orders counted in the shop's time zone. Two
 * queries whatever the number of shops, each on an index (shop + sold_at, session): cheap enough
 * to poll every few seconds.
 */
export async function loadDashboard(db: Queryable, user: AuthUser, now: Date) {
  const shops = await rawRows<ShopRow>(
    db,
    sql`with s as (
          select id, name, currency_code, currency_decimals, coalesce(time_zone, ${SERVER_TIME_ZONE}) as tz
          from shops where active and ${shopScope(user, sql`shops.id`)}
        ), d as (
          select s.*, date_trunc('day', ${now.toISOString()}::timestamptz at time zone s.tz) as day from s
        )
        select d.id, d.name, d.currency_code, d.currency_decimals,
               r.id as session_id, r.name as session_name, r.state, r.opened_at, u.name as opened_by_name,
               (select count(*) from sessions x
                 where x.shop_id = d.id and x.rescue and x.state <> 'closed')::int as open_rescue_sessions,
               t.orders as today_orders, t.total::text as today_total
        from d
        left join sessions r on r.shop_id = d.id and r.state <> 'closed' and not r.rescue
        left join users u on u.id = r.opened_by
        cross join lateral (
          select count(*)::int as orders, coalesce(sum(o.total_due), 0) as total from orders o
          where o.shop_id = d.id and o.state in ('paid', 'invoiced')
            and o.sold_at >= (d.day at time zone d.tz)
            and o.sold_at < ((d.day + interval '1 day') at time zone d.tz)
        ) t
        order by d.name, d.id`,
  );
  const running = shops.flatMap((s) => (s.session_id === null ? [] : [s.session_id]));
  const perSession = running.length
    ? await rawRows<{
        session_id: number;
        orders_count: number | string;
        total: string | null;
        sellers: string[] | null;
      }>(
        db,
        sql`select x.id as session_id,
                   (select count(*) from orders o where o.session_id = x.id and o.state in ('paid', 'invoiced'))::int as orders_count,
                   (select sum(o.total_due) from orders o where o.session_id = x.id and o.state in ('paid', 'invoiced'))::text as total,
                   array(select n from (
                     select u.name as n from session_logins l join users u on u.id = l.user_id where l.session_id = x.id
                     union
                     select e.name from employees e
                     where e.id in (select distinct o.employee_id from orders o where o.session_id = x.id)
                   ) names) as sellers
            from sessions x where x.id in (${sql.join(
              running.map((id) => sql`${id}`),
              sql`, `,
            )})`,
      )
    : [];
  const bySession = new Map(perSession.map((p) => [Number(p.session_id), p]));
  return {
    shops: shops.map((s) => {
      const currency: Currency = {
        code: s.currency_code,
        decimals: s.currency_decimals as Currency['decimals'],
      };
      const stats = s.session_id === null ? undefined : bySession.get(Number(s.session_id));
      return {
        id: s.id,
        name: s.name,
        currency: s.currency_code,
        session:
          s.session_id === null
            ? null
            : {
                id: s.session_id,
                name: s.session_name ?? '',
                state: s.state ?? '',
                opened_at: s.opened_at === null ? null : new Date(s.opened_at),
                opened_by_name: s.opened_by_name,
                // Sorted here: the databases' collations differ.
                sellers: [...(stats?.sellers ?? [])].sort((a, b) => a.localeCompare(b)),
                orders_count: Number(stats?.orders_count ?? 0),
                total: formatAmount(dec(stats?.total ?? '0'), currency),
              },
        open_rescue_sessions: Number(s.open_rescue_sessions),
        today: {
          orders: Number(s.today_orders),
          total: formatAmount(dec(s.today_total), currency),
          currency: s.currency_code,
        },
      };
    }),
  };
}
