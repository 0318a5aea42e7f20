import { sql, type SQL } from 'drizzle-orm';
import { dec, formatAmount, sum, type Currency } from '@till/core';
import type { AuthUser } from '../auth/principal.ts';
import { shopScope } from '../auth/shop-access.ts';
import type { Queryable } from '../db/database.ts';
import { rawRows } from '../db/raw-rows.ts';
import type { SalesGroup, SalesQuery } from './schemas.ts';
import { SERVER_TIME_ZONE } from './time-zone.ts';

interface Row extends Record<string, unknown> {
  key: string | number | null;
  label: string | null;
  currency: string;
  decimals: number;
  orders: number | string;
  quantity: string | null;
  total_excluded: string | null;
  total_included: string | null;
}

/** The local time of sale, in the shop's zone (the server's when the shop names none). */
const local = sql`(o.sold_at at time zone coalesce(s.time_zone, ${SERVER_TIME_ZONE}))`;
const TIME_FORMATS: Partial<Record<SalesGroup, [string, string]>> = {
  hour: ['hour', 'YYYY-MM-DD"T"HH24:00'],
  day: ['day', 'YYYY-MM-DD'],
  month: ['month', 'YYYY-MM'],
};

/**
 * How each grouping groups and names its rows. The database groups on a plain value (an id, a
 * truncated time: cheap to sort over a million lines) in `k`, over o (orders), s (shops),
 * l (lines), p (products) or pay (payments); the names are joined to the few groups afterwards,
 * over g (the grouped rows).
 */
function grouping(group: SalesGroup): { k: SQL; key: SQL; label: SQL; names: SQL } {
  const time = TIME_FORMATS[group];
  if (time) {
    const text = sql`to_char(g.k, ${time[1]})`;
    return { k: sql`date_trunc(${time[0]}, ${local})`, key: text, label: text, names: sql`` };
  }
  const named = (k: SQL, table: string, fallback: string) => ({
    k,
    key: sql`coalesce(g.k::text, 'none')`,
    label: sql`coalesce(n.name, ${fallback})`,
    names: sql`left join ${sql.raw(table)} n on n.id = g.k`,
  });
  switch (group) {
    case 'shop':
      return named(sql`o.shop_id`, 'shops', 'Shop');
    case 'session':
      return named(sql`o.session_id`, 'sessions', 'Session');
    case 'cashier':
      return named(sql`o.employee_id`, 'employees', 'No cashier');
    case 'product':
      return named(sql`l.product_id`, 'products', 'Order discount');
    case 'category':
      return named(sql`p.category_id`, 'categories', 'No category');
    case 'payment_method':
      return named(sql`pay.payment_method_id`, 'payment_methods', 'Payment method');
    default:
      throw new Error(`no grouping ${String(group)}`);
  }
}

/**
 * Sales over the shops the user may see, grouped as asked. Figures come from the order lines of
 * paid and invoiced orders, so every grouping adds up to the same totals (refund lines are
 * negative); by payment method they are the amounts paid per method, net of change. Buckets of
 * time are the shop's local hours, days and months. Shops of different currencies are never
 * added together: each row is in one currency.
 */
export async function salesReport(db: Queryable, user: AuthUser, q: SalesQuery) {
  const group = q.group_by ?? 'day';
  const { k, key, label, names } = grouping(group);
  // Conditions on the order alone (a product or category filter keeps the orders that sold it)…
  const onOrder: SQL[] = [sql`o.state in ('paid', 'invoiced')`, shopScope(user, sql`o.shop_id`)];
  if (q.from) onOrder.push(sql`o.sold_at >= ${new Date(q.from).toISOString()}::timestamptz`);
  if (q.to) onOrder.push(sql`o.sold_at < ${new Date(q.to).toISOString()}::timestamptz`);
  if (q.shop_id) onOrder.push(sql`o.shop_id = ${q.shop_id}`);
  if (q.session_id) onOrder.push(sql`o.session_id = ${q.session_id}`);
  if (q.employee_id) onOrder.push(sql`o.employee_id = ${q.employee_id}`);
  const categories = q.category_id
    ? sql`(with recursive tree(id) as (select ${q.category_id}::int union all
            select k.id from categories k join tree on k.parent_id = tree.id) select id from tree)`
    : undefined;
  const lineMatches: SQL[] = [];
  if (q.product_id) lineMatches.push(sql`l.product_id = ${q.product_id}`);
  if (categories)
    lineMatches.push(sql`l.product_id in (select c.id from products c where c.category_id in ${categories})`);
  if (lineMatches.length)
    onOrder.push(
      sql`exists (select 1 from order_lines l where l.order_id = o.id and ${sql.join(lineMatches, sql` and `)})`,
    );
  if (q.payment_method_id)
    onOrder.push(
      sql`exists (select 1 from order_payments op where op.order_id = o.id and op.payment_method_id = ${q.payment_method_id})`,
    );
  const orderCondition = sql.join(onOrder, sql` and `);
  // …and on the lines summed: only the lines of that product or category count.
  const lineCondition = sql.join([orderCondition, ...lineMatches], sql` and `);
  const byPayment = group === 'payment_method';
  const paymentCondition = q.payment_method_id
    ? sql`${orderCondition} and pay.payment_method_id = ${q.payment_method_id}`
    : orderCondition;
  const lineSums = sql`coalesce(sum(l.qty) filter (where l.kind = 'product'), 0) as quantity,
                 sum(l.subtotal_excluded) as total_excluded, sum(l.subtotal_included) as total_included
          from order_lines l join orders o on o.id = l.order_id join shops s on s.id = o.shop_id
          left join products p on p.id = l.product_id`;
  let grouped: SQL;
  if (byPayment) {
    grouped = sql`select ${k} as k, s.currency_code as currency, max(s.currency_decimals) as decimals,
                 count(distinct o.id)::int as orders, null::numeric as quantity, null::numeric as total_excluded,
                 sum(pay.amount) as total_included
          from order_payments pay join orders o on o.id = pay.order_id join shops s on s.id = o.shop_id
          where ${paymentCondition} group by 1, 2`;
  } else if (SPLITS_ORDERS.has(group)) {
    grouped = sql`select ${k} as k, s.currency_code as currency, max(s.currency_decimals) as decimals,
                 count(distinct o.id)::int as orders, ${lineSums}
          where ${lineCondition} group by 1, 2`;
  } else {
    // An order falls in one hour, day, shop, session or cashier: its orders are counted on the
    // orders alone, its figures summed on the lines, each without a costly count(distinct).
    grouped = sql`select f.k, f.currency, f.decimals, coalesce(c.orders, 0) as orders, f.quantity, f.total_excluded, f.total_included
          from (select ${k} as k, s.currency_code as currency, max(s.currency_decimals) as decimals, ${lineSums}
                where ${lineCondition} group by 1, 2) f
          left join (select ${k} as k, s.currency_code as currency, count(*)::int as orders
                     from orders o join shops s on s.id = o.shop_id where ${orderCondition} group by 1, 2) c
            on c.k is not distinct from f.k and c.currency = f.currency`;
  }
  const order = TIME_FORMATS[group] !== undefined ? sql`g.k` : sql`g.total_included desc nulls last, 2`;
  const rows = await rawRows<Row>(
    db,
    sql`select ${key} as key, ${label} as label, g.currency, g.decimals, g.orders, g.quantity::text as quantity,
               g.total_excluded::text as total_excluded, g.total_included::text as total_included
        from (${grouped}) g ${names} order by ${order}`,
  );
  const currencyOf = (r: { currency: string; decimals: number }): Currency => ({
    code: r.currency,
    decimals: Number(r.decimals) as Currency['decimals'],
  });
  const amount = (v: string | null, c: Currency) => (v === null ? null : formatAmount(dec(v), c));
  const qty = (v: string | null) => (v === null ? null : dec(v).toString());
  const shown = rows.map((r) => {
    const c = currencyOf(r);
    return {
      key: String(r.key ?? 'none'),
      label: String(r.label ?? r.key ?? ''),
      currency: r.currency,
      orders: Number(r.orders),
      quantity: qty(r.quantity),
      total_excluded: amount(r.total_excluded, c),
      total_included: amount(r.total_included, c),
    };
  });
  // Every line (and payment) is in exactly one group: amounts add up. An order may be in several
  // product, category or payment method groups: those count their orders once more, on the orders.
  const totals = addUp(rows);
  if (SPLITS_ORDERS.has(group)) {
    const counts = await rawRows<{ currency: string; orders: number | string }>(
      db,
      sql`select s.currency_code as currency, count(*)::int as orders from orders o join shops s on s.id = o.shop_id
          where ${byPayment ? sql`${orderCondition} and exists (select 1 from order_payments pay where pay.order_id = o.id${q.payment_method_id ? sql` and pay.payment_method_id = ${q.payment_method_id}` : sql``})` : orderCondition}
          group by 1`,
    );
    for (const t of totals) t.orders = Number(counts.find((c) => c.currency === t.currency)?.orders ?? 0);
  }
  const byCurrency = totals.map((t) => {
    const c = currencyOf(t);
    return {
      currency: t.currency,
      orders: Number(t.orders),
      quantity: qty(t.quantity),
      total_excluded: amount(t.total_excluded, c),
      total_included: amount(t.total_included, c),
    };
  });
  const single = byCurrency.length <= 1;
  const empty = byCurrency.length === 0 ? await onlyCurrency(db, user) : null;
  const zero = empty ? formatAmount(dec(0), empty) : '0';
  return {
    group_by: group,
    currency: single ? (byCurrency[0]?.currency ?? empty?.code ?? null) : null,
    rows: shown,
    totals: single
      ? (byCurrency[0] ?? {
          orders: 0,
          quantity: byPayment ? null : '0',
          total_excluded: byPayment ? null : zero,
          total_included: zero,
        })
      : {
          orders: byCurrency.reduce((n, t) => n + t.orders, 0),
          quantity: byPayment ? null : sum(byCurrency.map((t) => dec(t.quantity ?? '0'))).toString(),
          total_excluded: null,
          total_included: null,
        },
    totals_by_currency: byCurrency,
  };
}

const SPLITS_ORDERS = new Set<SalesGroup>(['product', 'category', 'payment_method']);

/** The rows' figures added up per currency (core's decimal sum: no float). */
function addUp(rows: Row[]): Row[] {
  const byCurrency = new Map<string, Row[]>();
  for (const r of rows) byCurrency.set(r.currency, [...(byCurrency.get(r.currency) ?? []), r]);
  const total = (list: Row[], pick: (r: Row) => string | null) =>
    list.every((r) => pick(r) === null) ? null : sum(list.map((r) => dec(pick(r) ?? '0'))).toString();
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, list]) => ({
      key: null,
      label: null,
      currency,
      decimals: list[0]!.decimals,
      orders: list.reduce((n, r) => n + Number(r.orders), 0),
      quantity: total(list, (r) => r.quantity),
      total_excluded: total(list, (r) => r.total_excluded),
      total_included: total(list, (r) => r.total_included),
    }));
}

/** The currency of an empty report: the shops' one currency, if they share one. */
async function onlyCurrency(db: Queryable, user: AuthUser): Promise<Currency | null> {
  const rows = await rawRows<{ code: string; decimals: number }>(
    db,
    sql`select distinct currency_code as code, currency_decimals as decimals from shops
        where ${shopScope(user, sql`shops.id`)}`,
  );
  return rows.length === 1
    ? { code: rows[0]!.code, decimals: Number(rows[0]!.decimals) as Currency['decimals'] }
    : null;
}
