import { describe, expect, it } from 'vitest';
import { shopPaymentMethods } from '../../db/schema/index.ts';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall, expectCrudLifecycle } from '../crud-checks.ts';

const path = '/api/payment-methods';

describe.each(testDatabases())('payment methods on %s', (kind) => {
  const t = useTestApp(kind);

  it('create, read, list in pages, search, change, archive, delete', async () => {
    const { admin } = await catalogUsers(t.current);
    await expectCrudLifecycle(t.current, admin, {
      path,
      bodies: [
        { name: 'Cash', kind: 'cash' },
        { name: 'Card', kind: 'bank', sequence: 2 },
        { name: 'Customer account', kind: 'pay_later', receivable_account_code: '411' },
      ],
      q: 'cas',
      change: { name: 'Cash drawer', sequence: 1 },
    });
  });

  it('only admins write; every logged-in user reads', async () => {
    const users = await catalogUsers(t.current);
    const made = await expectCall(t.current, users.admin, 'POST', path, 201, { name: 'Cash', kind: 'cash' });
    await expectAdminOnlyWrites(t.current, users, {
      path,
      id: made.id as number,
      body: { name: 'X', kind: 'cash' },
    });
  });

  it('a method a shop offers cannot be deleted: 409 in_use naming the shop', async () => {
    const { admin, shopId } = await catalogUsers(t.current);
    const made = await expectCall(t.current, admin, 'POST', path, 201, { name: 'Card', kind: 'bank' });
    await t.current.handle.db.transaction((tx) =>
      tx.insert(shopPaymentMethods).values({ shop_id: shopId, payment_method_id: made.id as number }),
    );
    const refused = await expectCall(t.current, admin, 'DELETE', `${path}/${made.id}`, 409);
    expect(refused).toMatchObject({ error: 'in_use', uses: ['offered by 1 shop'] });
    expect(refused.message).toBe(`The payment method ${made.id} is offered by 1 shop: archive it instead.`);
  });

  it('a wrong kind is a 400 naming the field', async () => {
    const { admin } = await catalogUsers(t.current);
    const bad = await expectCall(t.current, admin, 'POST', path, 400, { name: 'Cheque', kind: 'cheque' });
    expect(bad).toMatchObject({ field: 'kind' });
    const missing = await expectCall(t.current, admin, 'POST', path, 400, { kind: 'cash' });
    expect(missing).toMatchObject({ field: 'name' });
  });
});
