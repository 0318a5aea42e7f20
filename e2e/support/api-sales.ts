import { randomUUID } from 'node:crypto';
import { formatReceiptNumber } from '@till/core';

/**
 * Sales made through the API, as a till would send them, for browser tests of the back office:
 * open a session, sync paid orders (VAT 20 % included, as the demo's drinks are), close.
 */
export interface Api {
  readonly url: string;
  readonly token: string;
}

async function call<T>(api: Api, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${api.token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const apiGet = <T>(api: Api, path: string) => call<T>(api, 'GET', path);
export const apiPost = <T>(api: Api, path: string, body: unknown) => call<T>(api, 'POST', path, body);

/** Opens the shop's session (or finds the one running) and joins it; answers its id and login number. */
export async function openSession(api: Api, shopId: number): Promise<{ sessionId: number; login: number }> {
  const shop = await apiGet<{ session: { id: number } | null }>(api, `/api/shops/${shopId}`);
  if (shop.session) {
    const joined = await apiPost<{ login_number: number }>(api, `/api/sessions/${shop.session.id}/join`, {});
    return { sessionId: shop.session.id, login: joined.login_number };
  }
  const opened = await apiPost<{ session: { id: number }; login_number: number }>(
    api,
    `/api/shops/${shopId}/sessions`,
    { opening_cash: '100.00' },
  );
  return { sessionId: opened.session.id, login: opened.login_number };
}

export interface Sale {
  readonly sessionId: number;
  readonly login: number;
  readonly sequence: number;
  readonly productId: number;
  readonly unitPrice: string;
  readonly qty: number;
  /** A tax included in the price, in percent (20 for the demo's VAT 20 % incl.). */
  readonly taxId: number;
  readonly taxPercent: number;
  readonly methodId: number;
  readonly soldAt?: Date;
  readonly customerId?: number | null;
  /** A refund: the line of the earlier order given back (qty is then negative). */
  readonly refundedLineUid?: string;
}

/** Cents of a decimal string, to compute a demo order's totals without floats. */
const cents = (text: string) => {
  const [whole, frac = ''] = text.split('.');
  return Number(whole) * 100 + Number((frac + '00').slice(0, 2));
};
const money = (c: number) =>
  `${c < 0 ? '-' : ''}${Math.trunc(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;

/** A paid order of one line, totals as a till computes them with the tax included in the price. */
export function paidOrder(sale: Sale) {
  const total = cents(sale.unitPrice) * sale.qty;
  // Rounded half away from zero, as a refund mirrors its sale.
  const excluded = Math.sign(total) * Math.round((Math.abs(total) * 100) / (100 + sale.taxPercent));
  const parts = { sessionId: sale.sessionId, loginNumber: sale.login, sequence: sale.sequence };
  return {
    uid: randomUUID(),
    session_id: sale.sessionId,
    login_number: sale.login,
    sequence: sale.sequence,
    receipt_number: formatReceiptNumber(parts),
    state: 'paid' as const,
    sold_at: (sale.soldAt ?? new Date()).toISOString(),
    employee_id: null,
    customer_id: sale.customerId ?? null,
    pricelist_id: null,
    fiscal_position_id: null,
    global_discount: '0',
    note: '',
    lines: [
      {
        uid: randomUUID(),
        product_id: sale.productId,
        qty: String(sale.qty),
        price_unit: sale.unitPrice,
        discount: '0',
        tax_ids: [sale.taxId],
        price_manually_set: false,
        customer_note: '',
        lots: [],
        refunded_line_uid: sale.refundedLineUid ?? null,
      },
    ],
    payments: [{ method_id: sale.methodId, amount: money(total) }],
    totals: {
      total_excluded: money(excluded),
      total_tax: money(total - excluded),
      total_included: money(total),
      total_due: money(total),
      paid: money(total),
      change: '0.00',
    },
  };
}

export type SyncedOrder = ReturnType<typeof paidOrder>;

export async function syncOrders(api: Api, shopId: number, orders: SyncedOrder[]) {
  return apiPost<{ results: { uid: string; status: string; order_id?: number }[] }>(api, '/api/orders/sync', {
    protocol: 1,
    shop_id: shopId,
    orders,
  });
}

/** Closes a session counting what it expected (no difference). */
export async function closeAsExpected(api: Api, sessionId: number): Promise<void> {
  const closing = await apiGet<{ methods: { method_id: number; expected: string }[] }>(
    api,
    `/api/sessions/${sessionId}/closing`,
  );
  const counted = Object.fromEntries(closing.methods.map((m) => [String(m.method_id), m.expected]));
  await apiPost(api, `/api/sessions/${sessionId}/close`, { counted, notes: 'counted', drafts: 'cancel' });
}
