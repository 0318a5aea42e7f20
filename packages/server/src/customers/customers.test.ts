import { describe, expect, it } from 'vitest';
import type { TillDataRecord } from '@till/core';
import { testDatabases } from '../test/databases.ts';
import { mugOrder, openShopSession, sellingShop, syncBody } from '../test/selling-shop.ts';
import { useTestApp, type TestApp, type TestSession } from '../test/test-app.ts';

interface Page {
  items: { id: number; name: string; email: string | null; active: boolean }[];
  total: number;
  limit: number;
  offset: number;
}

/** Two shops, an admin, a manager of A, a cashier of A; every one logged in. */
async function people(t: TestApp) {
  const shopA = await t.addShop('A');
  const shopB = await t.addShop('B');
  await t.addUser({ login: 'admin', role: 'admin' });
  await t.addUser({ login: 'manager', role: 'manager', shopIds: [shopA] });
  await t.addUser({ login: 'cashier', role: 'cashier', shopIds: [shopA] });
  return {
    shopA,
    shopB,
    admin: await t.login('admin'),
    manager: await t.login('manager'),
    cashier: await t.login('cashier'),
  };
}

const records = (body: string): TillDataRecord[] =>
  body
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TillDataRecord);

describe.each(testDatabases())('customers on %s', (kind) => {
  const t = useTestApp(kind);
  const create = (who: TestSession, payload: object) =>
    t.current.call(who, { method: 'POST', url: '/api/customers', payload });
  const list = async (who: TestSession, query: string) =>
    (await t.current.call(who, { method: 'GET', url: `/api/customers?${query}` })).json<Page>();

  it('create, read, change, archive, delete; SQL meta-characters kept intact', async () => {
    const { admin } = await people(t.current);
    const name = `O'Brien; DROP TABLE customers; -- %_\\ "x"`;
    const res = await create(admin, {
      name,
      email: 'ob@example.com',
      phone: '+33 6 12',
      street: '1 rue X',
      city: 'Lyon',
      zip: '69001',
      country_code: 'FR',
      tax_id: 'FR123',
      barcode: 'C-001',
    });
    expect(res.statusCode).toBe(201);
    const made = res.json<{ id: number; name: string; active: boolean; pricelist_id: null }>();
    expect(made).toMatchObject({
      name,
      active: true,
      pricelist_id: null,
      barcode: 'C-001',
      country_code: 'FR',
    });
    const got = await t.current.call(admin, { method: 'GET', url: `/api/customers/${made.id}` });
    expect(got.json()).toMatchObject({ id: made.id, name, email: 'ob@example.com' });
    const changed = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/customers/${made.id}`,
      payload: { city: 'Paris', email: null },
    });
    expect(changed.json()).toMatchObject({ city: 'Paris', email: null, street: '1 rue X' });
    await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/customers/${made.id}`,
      payload: { active: false },
    });
    expect((await list(admin, '')).total).toBe(0);
    expect((await list(admin, 'archived=only')).items.map((c) => c.id)).toEqual([made.id]);
    const del = await t.current.call(admin, { method: 'DELETE', url: `/api/customers/${made.id}` });
    expect(del.statusCode).toBe(204);
    expect(
      (await t.current.call(admin, { method: 'GET', url: `/api/customers/${made.id}` })).statusCode,
    ).toBe(404);
    expect(
      (await t.current.call(admin, { method: 'DELETE', url: `/api/customers/${made.id}` })).statusCode,
    ).toBe(404);
  });

  it('search over name, email, phone, barcode, tax id; % and _ taken literally; paging with the total', async () => {
    const { admin } = await people(t.current);
    for (let i = 1; i <= 12; i++)
      await create(admin, { name: `Client ${String(i).padStart(2, '0')}`, email: `c${i}@shop.test` });
    await create(admin, { name: 'Zoé', phone: '0612345678', barcode: 'CARD-77', tax_id: 'DE999' });
    await create(admin, { name: '100% Bio' });
    expect((await list(admin, 'q=c7%40shop')).items.map((c) => c.name)).toEqual(['Client 07']);
    expect((await list(admin, 'q=123456')).items.map((c) => c.name)).toEqual(['Zoé']);
    expect((await list(admin, 'q=card-77')).items.map((c) => c.name)).toEqual(['Zoé']);
    expect((await list(admin, 'q=de999')).items.map((c) => c.name)).toEqual(['Zoé']);
    expect((await list(admin, 'q=0%25')).items.map((c) => c.name)).toEqual(['100% Bio']);
    expect((await list(admin, 'q=_')).total).toBe(0);
    const page = await list(admin, 'q=client&limit=5&offset=10');
    expect(page).toMatchObject({ total: 12, limit: 5, offset: 10 });
    expect(page.items.map((c) => c.name)).toEqual(['Client 11', 'Client 12']);
  });

  it('rights: 401 without login; cashiers read but do not write in the back office; managers write', async () => {
    const { cashier, manager } = await people(t.current);
    expect((await t.current.app.inject({ method: 'GET', url: '/api/customers' })).statusCode).toBe(401);
    expect(
      (await t.current.app.inject({ method: 'POST', url: '/api/customers', payload: { name: 'x' } }))
        .statusCode,
    ).toBe(401);
    expect((await list(cashier, '')).total).toBe(0);
    const refused = await create(cashier, { name: 'Nope' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'forbidden' });
    expect(
      (await t.current.call(cashier, { method: 'GET', url: '/api/customers/export.csv' })).statusCode,
    ).toBe(403);
    const made = await create(manager, { name: 'Yes' });
    expect(made.statusCode).toBe(201);
    const id = made.json<{ id: number }>().id;
    expect(
      (
        await t.current.call(cashier, {
          method: 'PATCH',
          url: `/api/customers/${id}`,
          payload: { name: 'n' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.current.call(cashier, { method: 'DELETE', url: `/api/customers/${id}` })).statusCode,
    ).toBe(403);
  });

  it('bad bodies are 400 naming the field; a barcode clash is 409 naming the barcode', async () => {
    const { admin } = await people(t.current);
    const bad = await create(admin, { name: 'A', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: 'invalid_body', field: 'email' });
    expect((await create(admin, { name: '' })).json()).toMatchObject({ field: 'name' });
    expect((await create(admin, { email: 'a@b.co' })).json()).toMatchObject({ field: 'name' });
    expect((await create(admin, { name: 'A', pricelist_id: 'x' })).json()).toMatchObject({
      field: 'pricelist_id',
    });
    expect((await create(admin, { name: 'A', colour: 'red' })).json()).toMatchObject({ field: 'colour' });
    expect((await create(admin, { name: 'A', pricelist_id: 999 })).statusCode).toBe(409);
    await create(admin, { name: 'First', barcode: 'DUP-1' });
    const clash = await create(admin, { name: 'Second', barcode: 'DUP-1' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ error: 'conflict', field: 'barcode' });
    expect(clash.json<{ message: string }>().message).toContain('DUP-1');
    const other = (await create(admin, { name: 'Third' })).json<{ id: number }>().id;
    const patchClash = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/customers/${other}`,
      payload: { barcode: 'DUP-1' },
    });
    expect(patchClash.statusCode).toBe(409);
  });

  it('a customer named on an order cannot be deleted (409 in_use) but can be archived', async () => {
    const shop = await sellingShop(t.current);
    await t.current.addUser({ login: 'admin', role: 'admin' });
    const admin = await t.current.login('admin');
    const id = (await create(admin, { name: 'Buyer' })).json<{ id: number }>().id;
    const session = await openShopSession(t.current, shop);
    const order = mugOrder(shop, session, { login: 1, sequence: 1 }, 1, { customer_id: id });
    const sync = await t.current.call(shop.cashier, {
      method: 'POST',
      url: '/api/orders/sync',
      payload: syncBody(shop, [order]),
    });
    expect(sync.statusCode).toBe(200);
    const del = await t.current.call(admin, { method: 'DELETE', url: `/api/customers/${id}` });
    expect(del.statusCode).toBe(409);
    expect(del.json()).toMatchObject({ error: 'in_use' });
    const archived = await t.current.call(admin, {
      method: 'PATCH',
      url: `/api/customers/${id}`,
      payload: { active: false },
    });
    expect(archived.json()).toMatchObject({ active: false });
  });

  describe('from the till', () => {
    const tillFields = {
      name: 'Walk-in',
      email: 'walk@in.test',
      phone: null,
      street: null,
      city: 'Nantes',
      zip: null,
      country: 'France',
      tax_id: null,
    };

    it('create is idempotent on the uid, sequentially and with two sends at once', async () => {
      const { shopA, cashier } = await people(t.current);
      const send = (uid: string, name = 'Walk-in') =>
        t.current.call(cashier, {
          method: 'POST',
          url: `/api/shops/${shopA}/customers`,
          payload: { uid, ...tillFields, name },
        });
      const first = await send('uid-1');
      expect(first.statusCode).toBe(201);
      const customer = first.json<{ customer: { id: number } }>().customer;
      expect(customer).toMatchObject({ name: 'Walk-in', city: 'Nantes', country: 'France', barcode: null });
      const again = await send('uid-1', 'Changed meanwhile');
      expect(again.statusCode).toBe(first.statusCode);
      expect(again.json()).toEqual(first.json());
      const [a, b] = await Promise.all([send('uid-2'), send('uid-2')]);
      expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
      expect(a.json()).toEqual(b.json());
      const all = (
        await t.current.call(cashier, { method: 'GET', url: '/api/customers?q=walk' })
      ).json<Page>();
      expect(all.total).toBe(2);
    });

    it('a cashier of shop A cannot create through shop B; a bad email is a 400 naming the field', async () => {
      const { shopA, shopB, cashier } = await people(t.current);
      const viaB = await t.current.call(cashier, {
        method: 'POST',
        url: `/api/shops/${shopB}/customers`,
        payload: { uid: 'u', ...tillFields },
      });
      expect(viaB.statusCode).toBe(403);
      expect(viaB.json()).toMatchObject({ error: 'shop_forbidden' });
      const bad = await t.current.call(cashier, {
        method: 'POST',
        url: `/api/shops/${shopA}/customers`,
        payload: { uid: 'u', ...tillFields, email: 'nope' },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json()).toMatchObject({ field: 'email' });
      expect(
        (await t.current.call(cashier, { method: 'GET', url: '/api/customers' })).json<Page>().total,
      ).toBe(0);
    });

    it('PUT changes the contact details; a customer deleted meanwhile is a 400 (the outbox sets it aside)', async () => {
      const { shopA, cashier, admin } = await people(t.current);
      const made = await create(admin, { name: 'Known', barcode: 'K-1', email: 'k@x.io' });
      const id = made.json<{ id: number }>().id;
      const put = await t.current.call(cashier, {
        method: 'PUT',
        url: `/api/customers/${id}`,
        payload: { ...tillFields, name: 'Known too', email: null },
      });
      expect(put.statusCode).toBe(200);
      expect(put.json()).toEqual({
        customer: {
          id,
          ...tillFields,
          name: 'Known too',
          email: null,
          barcode: 'K-1',
          pricelist_id: null,
          fiscal_position_id: null,
        },
      });
      const sneaky = await t.current.call(cashier, {
        method: 'PUT',
        url: `/api/customers/${id}`,
        payload: { name: 'x', pricelist_id: 1 },
      });
      expect(sneaky.json()).toMatchObject({ field: 'pricelist_id' });
      await t.current.call(admin, { method: 'DELETE', url: `/api/customers/${id}` });
      const gone = await t.current.call(cashier, {
        method: 'PUT',
        url: `/api/customers/${id}`,
        payload: tillFields,
      });
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toMatchObject({ error: 'not_found' });
      void shopA;
    });

    it('edits, archiving and deleting reach tills through load?since', async () => {
      const shop = await sellingShop(t.current);
      await t.current.addUser({ login: 'admin', role: 'admin' });
      const admin = await t.current.login('admin');
      const keep = (await create(admin, { name: 'Keep' })).json<{ id: number }>().id;
      const drop = (await create(admin, { name: 'Drop' })).json<{ id: number }>().id;
      const gone = (await create(admin, { name: 'Gone' })).json<{ id: number }>().id;
      const load = (since?: string) =>
        t.current.call(shop.cashier, {
          method: 'GET',
          url: `/api/shops/${shop.shopId}/load${since ? `?since=${encodeURIComponent(since)}` : ''}`,
        });
      const first = records((await load()).body);
      const version = first[0]!.type === 'meta' ? first[0]!.version : '';
      await new Promise((r) => setTimeout(r, 20));
      await t.current.call(admin, {
        method: 'PATCH',
        url: `/api/customers/${keep}`,
        payload: { phone: '555' },
      });
      await t.current.call(admin, {
        method: 'PATCH',
        url: `/api/customers/${drop}`,
        payload: { active: false },
      });
      const deleted = await t.current.call(admin, { method: 'DELETE', url: `/api/customers/${gone}` });
      expect(deleted.statusCode).toBe(204);
      const changes = records((await load(version)).body);
      const customers = changes.find((r) => r.type === 'customers');
      expect(customers?.type === 'customers' && customers.items.map((c) => [c.id, c.phone])).toEqual([
        [keep, '555'],
      ]);
      expect(changes.find((r) => r.type === 'removed')).toMatchObject({ customers: [drop, gone] });
    });
  });

  describe('CSV', () => {
    it('export then import is a round trip (formula-like cells escaped and restored), matched by barcode or email', async () => {
      const { admin } = await people(t.current);
      await create(admin, {
        name: '=cmd|calc',
        email: 'f@x.io',
        phone: '+33 1',
        barcode: 'B1',
        street: 'a, "b"\nc',
      });
      await create(admin, { name: "'quoted", email: 'Q@x.io' });
      await create(admin, { name: 'Archived', active: false });
      const before = (await list(admin, 'archived=include&limit=50')).items;
      const exported = await t.current.call(admin, { method: 'GET', url: '/api/customers/export.csv' });
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toContain('text/csv');
      expect(exported.body.split('\r\n')[0]).toBe(
        'name,email,phone,street,street2,zip,city,state,country_code,tax_id,barcode,pricelist_id,fiscal_position_id,active',
      );
      expect(exported.body).toContain("'=cmd|calc");
      const again = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv: exported.body },
      });
      expect(again.json()).toEqual({ created: 1, updated: 2, errors: [] }); // "Archived" has neither barcode nor email
      const after = (await list(admin, 'archived=include&limit=50')).items;
      const strip = (c: Page['items'][number]) => ({ ...c, id: 0, created_at: 0, updated_at: 0 });
      expect(
        after
          .filter((c) => c.name !== 'Archived')
          .map(strip)
          .sort((a, b) => a.name.localeCompare(b.name)),
      ).toEqual(
        before
          .filter((c) => c.name !== 'Archived')
          .map(strip)
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      expect(after.filter((c) => c.name === 'Archived').map((c) => c.active)).toEqual([false, false]);
      // Email matching ignores case.
      const byEmail = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv: 'name,email\nQ renamed,q@X.io\n' },
      });
      expect(byEmail.json()).toEqual({ created: 0, updated: 1, errors: [] });
      expect((await list(admin, 'q=renamed')).items.map((c) => c.email)).toEqual(['q@X.io']);
    });

    it('any error writes nothing and lists every error with its line and field; dry_run writes nothing', async () => {
      const { admin } = await people(t.current);
      const csv = 'name,email,pricelist_id,active\nGood,g@x.io,,true\n,bad,7,maybe\nTwin,g@x.io,,\n';
      const res = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        created: 0,
        updated: 0,
        errors: [
          { line: 3, field: 'name', message: 'is required' },
          { line: 3, field: 'email', message: 'must be an email address' },
          { line: 3, field: 'active', message: 'must be true or false' },
          { line: 3, field: 'pricelist_id', message: 'no pricelist 7' },
          { line: 4, field: 'email', message: 'the email g@x.io is on line 2 too' },
        ],
      });
      expect((await list(admin, 'archived=include')).total).toBe(0);
      const unknown = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv: 'name,colour\nA,red\n' },
      });
      expect(unknown.json()).toMatchObject({ errors: [{ line: 1, field: 'colour' }] });
      const refs = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv: 'name,pricelist_id\nA,7\n' },
      });
      expect(refs.json()).toMatchObject({
        errors: [{ line: 2, field: 'pricelist_id', message: 'no pricelist 7' }],
      });
      const dry = await t.current.call(admin, {
        method: 'POST',
        url: '/api/customers/import',
        payload: { csv: 'name\nA\nB\n', dry_run: true },
      });
      expect(dry.json()).toEqual({ created: 2, updated: 0, errors: [] });
      expect((await list(admin, '')).total).toBe(0);
    });
  });
});
