import { randomUUID } from 'node:crypto';
import { formatReceiptNumber, type SyncOrder, type SyncOrderLine } from '@till/core';
import {
  employees,
  employeeShops,
  paymentMethods,
  products,
  productTaxes,
  shopPaymentMethods,
  shops,
  taxes,
} from '../db/schema/index.ts';
import type { TestApp, TestSession } from './test-app.ts';

/**
 * A shop ready to sell, for the session and order tests: VAT 20 % included, a 12.00 mug, a
 * serial-tracked phone at 300.00, cash and card, a cashier and a manager (employees), and a
 * manager user logged in. Every price is VAT-included, so n mugs cost n × 12.00 = n × (10 + 2).
 */
export async function sellingShop(
  t: TestApp,
  options: { stockUpdate?: 'real' | 'closing'; maxDifference?: string; loginSuffix?: string } = {},
) {
  const db = t.handle.db;
  const ids = await db.transaction(async (tx) => {
    const [shop] = await tx
      .insert(shops)
      .values({
        name: 'Corner Shop',
        max_closing_difference: options.maxDifference ?? '1',
        stock_update: options.stockUpdate ?? 'real',
      })
      .returning();
    const [vat] = await tx
      .insert(taxes)
      .values({
        name: 'VAT 20%',
        amount_type: 'percent',
        amount: '20',
        price_include: true,
        account_code: '445720',
      })
      .returning();
    const [mug, phone, old] = await tx
      .insert(products)
      .values([
        { name: 'Mug', list_price: '12', standard_price: '4' },
        { name: 'Phone', list_price: '300', standard_price: '200', tracking: 'serial' },
        { name: 'Old mug', list_price: '6', active: false },
      ])
      .returning();
    await tx
      .insert(productTaxes)
      .values([mug!, phone!, old!].map((p) => ({ product_id: p.id, tax_id: vat!.id })));
    const [cash, card] = await tx
      .insert(paymentMethods)
      .values([
        { name: 'Cash', kind: 'cash' },
        { name: 'Card', kind: 'bank' },
      ])
      .returning();
    await tx
      .insert(shopPaymentMethods)
      .values([cash!, card!].map((m) => ({ shop_id: shop!.id, payment_method_id: m.id })));
    const [cashier, manager] = await tx
      .insert(employees)
      .values([
        { name: 'Ella', role: 'cashier' },
        { name: 'Marc', role: 'manager' },
      ])
      .returning();
    await tx
      .insert(employeeShops)
      .values([cashier!, manager!].map((e) => ({ employee_id: e.id, shop_id: shop!.id })));
    return {
      shopId: shop!.id,
      vat: vat!.id,
      mug: mug!.id,
      phone: phone!.id,
      oldMug: old!.id,
      cash: cash!.id,
      card: card!.id,
      cashierEmployee: cashier!.id,
      managerEmployee: manager!.id,
    };
  });
  const suffix = options.loginSuffix ?? '';
  await t.addUser({ login: `manager${suffix}`, role: 'manager', shopIds: [ids.shopId] });
  await t.addUser({ login: `cashier${suffix}`, role: 'cashier', shopIds: [ids.shopId] });
  const manager = await t.login(`manager${suffix}`);
  const cashier = await t.login(`cashier${suffix}`);
  return { ...ids, manager, cashier };
}

export type SellingShop = Awaited<ReturnType<typeof sellingShop>>;

/** Opens the shop's session with 100.00 in the drawer; returns its id. */
export async function openShopSession(
  t: TestApp,
  shop: SellingShop,
  as: TestSession = shop.manager,
): Promise<number> {
  const res = await t.call(as, {
    method: 'POST',
    url: `/api/shops/${shop.shopId}/sessions`,
    payload: { opening_cash: '100.00' },
  });
  if (res.statusCode !== 201) throw new Error(`open session: ${res.statusCode} ${res.body}`);
  return res.json<{ session: { id: number } }>().session.id;
}

/** A line of `qty` mugs (or another product) at the catalog price. */
export function mugLine(shop: SellingShop, qty: number, over: Partial<SyncOrderLine> = {}): SyncOrderLine {
  return {
    uid: randomUUID(),
    product_id: shop.mug,
    qty: String(qty),
    price_unit: '12',
    discount: '0',
    tax_ids: [shop.vat],
    price_manually_set: false,
    customer_note: '',
    lots: [],
    refunded_line_uid: null,
    ...over,
  };
}

/**
 * A paid order of mugs as a till would send it: totals at 12.00 a mug, VAT 20 % included, paid in
 * cash (or card) exactly. `lines` may be given for refunds and other products (totals then passed in).
 */
export function mugOrder(
  shop: SellingShop,
  sessionId: number,
  seq: { login: number; sequence: number },
  mugs: number,
  over: Partial<SyncOrder> & { method?: 'cash' | 'card' } = {},
): SyncOrder {
  const total = (mugs * 12).toFixed(2);
  const { method = 'cash', ...rest } = over;
  return {
    uid: randomUUID(),
    session_id: sessionId,
    login_number: seq.login,
    sequence: seq.sequence,
    receipt_number: formatReceiptNumber({ sessionId, loginNumber: seq.login, sequence: seq.sequence }),
    state: 'paid',
    sold_at: '2026-11-22T10:00:00.000Z',
    employee_id: shop.cashierEmployee,
    customer_id: null,
    pricelist_id: null,
    fiscal_position_id: null,
    global_discount: '0',
    note: '',
    lines: [mugLine(shop, mugs)],
    payments: [{ method_id: method === 'cash' ? shop.cash : shop.card, amount: total }],
    totals: {
      total_excluded: (mugs * 10).toFixed(2),
      total_tax: (mugs * 2).toFixed(2),
      total_included: total,
      total_due: total,
      paid: total,
      change: '0.00',
    },
    ...rest,
  };
}

export function syncBody(shop: SellingShop, orders: SyncOrder[]) {
  return { protocol: 1, shop_id: shop.shopId, orders };
}
