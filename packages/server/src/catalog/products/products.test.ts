import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody } from '../../test/selling-shop.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall, expectCrudLifecycle } from '../crud-checks.ts';

const path = '/api/products';
type Item = { id: number; name: string };

describe.each(testDatabases())('products on %s', (kind) => {
  const t = useTestApp(kind);

  it('create, read, list in pages, search, change, archive, delete', async () => {
    const { admin } = await catalogUsers(t.current);
    const vat = await expectCall(t.current, admin, 'POST', '/api/taxes', 201, {
      name: 'VAT',
      amount_type: 'percent',
      amount: '20',
    });
    const drinks = await expectCall(t.current, admin, 'POST', '/api/categories', 201, { name: 'Drinks' });
    await expectCrudLifecycle(t.current, admin, {
      path,
      bodies: [
        {
          name: 'Espresso',
          internal_reference: 'ESP-1',
          barcodes: ['3000000000017', '3000000000024'],
          category_id: drinks.id,
          list_price: '1.8000',
          standard_price: '0.4000',
          tax_ids: [vat.id],
        },
        { name: 'Apples', uom: 'kg', list_price: '3.2000', available_in_pos: true },
        { name: 'Phone', tracking: 'serial', list_price: '300.0000', income_account_code: '707100' },
      ],
      q: 'esp',
      change: { list_price: '2.0000', barcodes: ['3000000000031'], tax_ids: [], category_id: null },
    });
  });

  it('searches barcodes too; filters by category, exact barcode and till availability', async () => {
    const { admin } = await catalogUsers(t.current);
    const food = await expectCall(t.current, admin, 'POST', '/api/categories', 201, { name: 'Food' });
    const bread = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'Bread',
      barcodes: ['2000000000015'],
      category_id: food.id,
    });
    const cake = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'Cake',
      barcodes: ['2000000000022'],
      available_in_pos: false,
    });
    const names = async (query: string) =>
      ((await expectCall(t.current, admin, 'GET', `${path}?${query}`, 200)).items as Item[]).map(
        (i) => i.name,
      );
    expect(await names('q=0000000022')).toEqual(['Cake']);
    expect(await names(`category_id=${food.id}`)).toEqual(['Bread']);
    expect(await names('barcode=2000000000015')).toEqual(['Bread']);
    expect(await names('barcode=200000000001')).toEqual([]);
    expect(await names('available_in_pos=false')).toEqual(['Cake']);
    expect(await names('q=%25')).toEqual([]);
    expect([bread.id, cake.id]).toHaveLength(2);
  });

  it('a barcode another product has: 409 naming the barcode and the product', async () => {
    const { admin } = await catalogUsers(t.current);
    const bread = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'Bread',
      barcodes: ['2000000000015'],
    });
    const clash = await expectCall(t.current, admin, 'POST', path, 409, {
      name: 'Cake',
      barcodes: ['2000000000015'],
    });
    expect(clash).toMatchObject({
      error: 'conflict',
      field: 'barcodes',
      message: `The barcode 2000000000015 is already on product ${bread.id} (Bread).`,
    });
    // its own barcodes again: no clash
    await expectCall(t.current, admin, 'PATCH', `${path}/${bread.id}`, 200, { barcodes: ['2000000000015'] });
  });

  it('bad values are 400s naming the field', async () => {
    const { admin } = await catalogUsers(t.current);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: 'X', list_price: 12.5 }, 'list_price'],
      [{ name: 'X', standard_price: '1.23456' }, 'standard_price'],
      [{ name: 'X', uom: 'litre' }, 'uom'],
      [{ name: 'X', tracking: 'batch' }, 'tracking'],
      [{ name: 'X', barcodes: ['12 34'] }, 'barcodes.0'],
      [{ name: 'X', colour: 'red' }, 'colour'],
      [{ list_price: '1' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const answer = await expectCall(t.current, admin, 'POST', path, 400, body);
      expect(answer.field, JSON.stringify(body)).toBe(field);
    }
    const unknownTax = await expectCall(t.current, admin, 'POST', path, 409, {
      name: 'X',
      tax_ids: [999999],
    });
    expect(unknownTax.message).toBe('There is no tax 999999.');
  });

  it('only admins write; every logged-in user reads', async () => {
    const users = await catalogUsers(t.current);
    const made = await expectCall(t.current, users.admin, 'POST', path, 201, { name: 'Mug' });
    await expectAdminOnlyWrites(t.current, users, { path, id: made.id as number, body: { name: 'X' } });
  });

  it('sold products, their tax and payment method are not deleted: 409 in_use saying what uses them', async () => {
    const shop = await sellingShop(t.current, { loginSuffix: '-s' });
    await t.current.addUser({ login: 'admin', role: 'admin' });
    const admin = await t.current.login('admin');
    const session = await openShopSession(t.current, shop);
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [
        mugOrder(shop, session, { login: 1, sequence: 1 }, 2),
        mugOrder(shop, session, { login: 1, sequence: 2 }, 1),
      ]),
    });
    expect(sync.statusCode).toBe(200);
    const product = await expectCall(t.current, admin, 'DELETE', `${path}/${shop.mug}`, 409);
    expect(product).toMatchObject({
      error: 'in_use',
      message: `The product ${shop.mug} is sold in 2 orders, in the stock of 1 shop: archive it instead.`,
    });
    const tax = await expectCall(t.current, admin, 'DELETE', `/api/taxes/${shop.vat}`, 409);
    expect(tax.uses).toEqual(['on 3 products', 'applied in 2 orders']);
    const cash = await expectCall(t.current, admin, 'DELETE', `/api/payment-methods/${shop.cash}`, 409);
    expect(cash.uses).toEqual(['used by 2 payments', 'offered by 1 shop']);
    // archiving keeps the history: the order lines still name the product
    await expectCall(t.current, admin, 'PATCH', `${path}/${shop.mug}`, 200, { active: false });
    expect((await expectCall(t.current, admin, 'GET', `${path}/${shop.mug}`, 200)).active).toBe(false);
    await expectCall(t.current, admin, 'DELETE', `${path}/${shop.phone}`, 204);
  });
});
