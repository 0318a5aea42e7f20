import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import { openShopSession, sellingShop } from '../test/selling-shop.ts';
import { soldDay } from '../test/sold-day.ts';
import { useTestApp } from '../test/test-app.ts';

describe.each(testDatabases())('session report and Z report on %s', (kind) => {
  const t = useTestApp(kind);

  it('a closed day: figures, counts and differences, notes, the journal entry and stock moves', async () => {
    const shop = await sellingShop(t.current);
    const { sessionId } = await soldDay(t.current, shop, { close: true });
    const res = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/sessions/${sessionId}/report`,
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.session).toMatchObject({
      id: sessionId,
      state: 'closed',
      rescue: false,
      shop_name: 'Corner Shop',
      opened_by_name: 'manager',
      closed_by_name: 'manager',
      closing_notes: '5 x 20, 1 x 5, 2 x 1',
    });
    expect(r.orders_count).toBe(4);
    expect(r.orders_total).toBe('30.00');
    expect(r.payments).toEqual([
      { method_id: shop.cash, name: 'Cash', kind: 'cash', count: 3, amount: '18.00' },
      { method_id: shop.card, name: 'Card', kind: 'bank', count: 1, amount: '12.00' },
    ]);
    expect(r.cash_moves).toMatchObject([{ type: 'out', amount: '10.50', reason: 'window cleaner' }]);
    expect(r.control).toMatchObject([
      {
        name: 'Cash',
        expected: '107.50',
        counted: '107.00',
        difference: '-0.50',
        cash: { opening: '100.00', payments: '18.00', cash_in: '0.00', cash_out: '10.50' },
      },
      { name: 'Card', expected: '12.00', counted: '12.00', difference: '0.00' },
    ]);
    const lines = r.journal_entry.lines as {
      account_code: string;
      debit: string;
      credit: string;
      account_name: string;
    }[];
    const debit = lines.reduce((s, l) => s + Number(l.debit), 0);
    const credit = lines.reduce((s, l) => s + Number(l.credit), 0);
    expect(debit.toFixed(2)).toBe(credit.toFixed(2));
    expect(lines.find((l) => l.account_code === '707000')).toMatchObject({
      credit: '25.00',
      account_name: 'Sales of goods',
    });
    expect(lines.find((l) => l.account_code === '445720')).toMatchObject({ credit: '5.00' });
    expect(lines.find((l) => l.account_code === '658000')).toMatchObject({ debit: '0.50' });
    expect(
      r.stock_moves.map((m: { product_name: string; quantity: string; from: string; to: string }) => [
        m.product_name,
        m.quantity,
        m.from,
        m.to,
      ]),
    ).toEqual([
      ['Mug', '2', 'Corner Shop stock', 'Customers'],
      ['Mug', '1', 'Corner Shop stock', 'Customers'],
      ['Mug', '1', 'Corner Shop stock', 'Customers'],
      ['Mug', '1', 'Customers', 'Corner Shop stock'],
    ]);
  });

  it('the Z report: sales by tax, payments, cash control, differences, refunds, discounts; and as a PDF', async () => {
    const shop = await sellingShop(t.current);
    const { sessionId } = await soldDay(t.current, shop, { close: true });
    const z = (
      await t.current.call(shop.manager, { method: 'GET', url: `/api/sessions/${sessionId}/z-report` })
    ).json();
    expect(z).toMatchObject({
      shop: { id: shop.shopId, name: 'Corner Shop' },
      currency: 'EUR',
      orders: { count: 4, total: '30.00' },
      sales_by_tax: [{ tax_id: shop.vat, name: 'VAT 20%', base: '25.00', amount: '5.00' }],
      differences: [{ method_id: shop.cash, name: 'Cash', difference: '-0.50' }],
      refunds: { count: 1, total: '-12.00' },
      discounts: { line_count: 1, line_amount: '6.00', global_count: 0, global_amount: '0.00' },
    });
    expect(z.period.from).toBeTruthy();
    expect(z.period.to).toBeTruthy();

    const pdf = await t.current.call(shop.manager, {
      method: 'GET',
      url: `/api/sessions/${sessionId}/z-report.pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain('Corner Shop');
    expect(pdf.rawPayload.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('an open session: expected amounts, nothing counted, no entry yet', async () => {
    const shop = await sellingShop(t.current);
    const { sessionId } = await soldDay(t.current, shop);
    const r = (
      await t.current.call(shop.cashier, { method: 'GET', url: `/api/sessions/${sessionId}/report` })
    ).json();
    expect(r.session.state).toBe('opened');
    expect(r.journal_entry).toBeNull();
    expect(r.control[0]).toMatchObject({ expected: '107.50', counted: null, difference: null });
    const z = (
      await t.current.call(shop.cashier, { method: 'GET', url: `/api/sessions/${sessionId}/z-report` })
    ).json();
    expect(z.differences).toEqual([]);
    expect(z.period.to).toBeNull();
  });

  it('rights: another shop’s manager gets 403, an unknown session 404', async () => {
    const shop = await sellingShop(t.current);
    const sessionId = await openShopSession(t.current, shop);
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    for (const url of ['report', 'z-report', 'z-report.pdf']) {
      const res = await t.current.call(other.manager, {
        method: 'GET',
        url: `/api/sessions/${sessionId}/${url}`,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await t.current.call(shop.manager, { method: 'GET', url: '/api/sessions/99999/report' })).statusCode,
    ).toBe(404);
  });

  it('GET /api/sessions: every shop I may see, filtered by shop, state, rescue and opening date', async () => {
    const shop = await sellingShop(t.current);
    const other = await sellingShop(t.current, { loginSuffix: '2' });
    const closedId = await openShopSession(t.current, shop);
    await t.current.call(shop.manager, {
      method: 'POST',
      url: `/api/sessions/${closedId}/close`,
      payload: { counted: { [shop.cash]: '100.00' } },
    });
    const runningId = await openShopSession(t.current, shop);
    const otherId = await openShopSession(t.current, other, other.manager);
    const list = async (query: string, who = shop.manager) => {
      const res = await t.current.call(who, { method: 'GET', url: `/api/sessions${query}` });
      expect(res.statusCode).toBe(200);
      return res.json<{
        items: { id: number; shop_name: string }[];
        total: number;
        limit: number;
        offset: number;
      }>();
    };
    const mine = await list('');
    expect(mine.items.map((s) => s.id)).toEqual([runningId, closedId]);
    expect(mine).toMatchObject({ total: 2, limit: 50, offset: 0 });
    expect(mine.items[0]).toMatchObject({ shop_name: 'Corner Shop', opened_by_name: 'manager' });
    expect((await list('?state=closed')).items.map((s) => s.id)).toEqual([closedId]);
    expect((await list('?rescue=true')).total).toBe(0);
    expect((await list('?rescue=false&limit=1&offset=1')).items.map((s) => s.id)).toEqual([closedId]);
    expect((await list('?from=2999-01-01T00:00:00Z')).total).toBe(0);
    expect((await list('?to=2999-01-01T00:00:00Z')).total).toBe(2);
    expect((await list(`?shop_id=${other.shopId}`)).total).toBe(0);
    await t.current.addUser({ login: 'admin', role: 'admin' });
    const all = await list('', await t.current.login('admin'));
    expect(all.items.map((s) => s.id)).toEqual([otherId, runningId, closedId]);
  });
});
