import { sql } from 'drizzle-orm';
import type { Database } from '@till/server/db/database.ts';
import { rawRows } from '@till/server/db/raw-rows.ts';
import type { SellingShop } from '@till/server/test/selling-shop.ts';

export interface History {
  readonly lines: number;
  readonly orders: number;
  readonly shops: number;
  readonly sessions: number;
  readonly days: number;
  /** The first and last day of sales (UTC midnight). */
  readonly start: Date;
  readonly end: Date;
}

/**
 * A sales history of `lines` order lines (5 per order, 1 to 5 units each) in 4 shops over `days`
 * days, 1,000 products in 20 categories, 10 cashiers, cash and card: written by SQL statements
 * (generate_series), not through the API, so a million lines take seconds, not hours. One session
 * per shop and day, the last one still open (the dashboard's running session).
 */
export async function generateHistory(
  db: Database,
  shop: SellingShop,
  lines: number,
  days: number,
  end: Date,
): Promise<History> {
  const orders = Math.ceil(lines / 5);
  const start = new Date(end.getTime() - (days - 1) * 86_400_000);
  const run = (q: ReturnType<typeof sql>) => db.execute(q);
  await run(sql`insert into shops (name) select 'Shop ' || g from generate_series(2, 4) g`);
  await run(sql`insert into shop_payment_methods (shop_id, payment_method_id)
                select s.id, m.id from shops s, payment_methods m where s.id <> ${shop.shopId}`);
  await run(sql`insert into categories (name) select 'Category ' || g from generate_series(1, 20) g`);
  await run(sql`insert into products (name, internal_reference, category_id, list_price)
                select 'Product ' || g, 'REF' || g, (select min(id) from categories) + g % 20, 12
                from generate_series(1, 1000) g`);
  await run(
    sql`insert into employees (name, role) select 'Cashier ' || g, 'cashier' from generate_series(1, 10) g`,
  );
  await run(sql`insert into sessions (shop_id, name, state, stock_update, cash_control, opening_cash, opened_at, closed_at)
                select s.id, 'Bench/' || s.id || '/' || d, case when d = ${days - 1} then 'opened' else 'closed' end,
                       'real', true, 100,
                       ${start.toISOString()}::timestamptz + d * interval '1 day' + interval '8 hours',
                       case when d = ${days - 1} then null
                            else ${start.toISOString()}::timestamptz + d * interval '1 day' + interval '20 hours' end
                from shops s cross join generate_series(0, ${days - 1}) d`);
  const [counts] = await rawRows<{ sessions: number; first_product: number; first_employee: number }>(
    db,
    sql`select (select count(*)::int from sessions) as sessions, (select min(id) from products where name like 'Product %') as first_product,
               (select min(id) from employees where name like 'Cashier %') as first_employee`,
  );
  const taxTotals = JSON.stringify([{ tax_id: shop.vat, name: 'VAT 20%', base: '150', amount: '30' }]);
  await run(sql`insert into orders (uid, shop_id, session_id, receipt_number, login_number, sequence, state,
                                    sold_at, employee_id, total_excluded, total_tax, total_included, total_due,
                                    amount_paid, tax_totals, till_totals, stock_moved)
                select 'bench-' || g, x.shop_id, x.id, 'Order ' || lpad(x.id::text, 5, '0') || '-001-' || g, 1, g, 'paid',
                       x.opened_at + (g % 720) * interval '1 minute', ${counts!.first_employee} + g % 10,
                       150, 30, 180, 180, 180, ${taxTotals}::jsonb, '{}'::jsonb, true
                from generate_series(1, ${orders}) g
                join (select id, shop_id, opened_at, row_number() over (order by id) - 1 as i from sessions) x
                  on x.i = g % ${counts!.sessions}`);
  await run(sql`insert into order_lines (order_id, uid, product_id, product_name, qty, price_unit, tax_ids,
                                         subtotal_excluded, subtotal_included)
                select o.id, o.uid || '-' || k, ${counts!.first_product} + (o.id * 7 + k * 13) % 1000, 'Product', k, 12,
                       ${JSON.stringify([shop.vat])}::jsonb, 10 * k, 12 * k
                from orders o cross join generate_series(1, 5) k`);
  await run(sql`insert into order_payments (order_id, payment_method_id, amount)
                select id, case when id % 3 = 0 then ${shop.card}::int else ${shop.cash}::int end, 180 from orders`);
  await run(sql`insert into stock_quants (shop_id, product_id, lot, quantity)
                select o.shop_id, l.product_id, '', -sum(l.qty)
                from order_lines l join orders o on o.id = l.order_id group by 1, 2`);
  await run(sql`analyze`);
  return { lines: orders * 5, orders, shops: 4, sessions: counts!.sessions, days, start, end };
}
