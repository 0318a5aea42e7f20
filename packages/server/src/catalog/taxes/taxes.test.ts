import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall, expectCrudLifecycle } from '../crud-checks.ts';

const path = '/api/taxes';

describe.each(testDatabases())('taxes on %s', (kind) => {
  const t = useTestApp(kind);

  it('create, read, list in pages, search, change, archive, delete', async () => {
    const { admin } = await catalogUsers(t.current);
    await expectCrudLifecycle(t.current, admin, {
      path,
      bodies: [
        { name: 'VAT 20%', amount_type: 'percent', amount: '20.0000', price_include: true },
        { name: 'VAT 5.5%', amount_type: 'percent', amount: '5.5000' },
        { name: 'Eco fee', amount_type: 'fixed', amount: '0.1500', include_base_amount: true },
      ],
      q: '20%',
      change: { amount: '19.6000', name: 'VAT 19.6%' },
    });
  });

  it('a group holds its children in order; it cannot hold itself; a child in a group is in use', async () => {
    const { admin } = await catalogUsers(t.current);
    const a = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'A',
      amount_type: 'percent',
      amount: '5',
    });
    const b = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'B',
      amount_type: 'fixed',
      amount: '1',
    });
    const group = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'A+B',
      amount_type: 'group',
      children_tax_ids: [b.id, a.id],
    });
    expect(group.children_tax_ids).toEqual([b.id, a.id]);
    const self = await expectCall(t.current, admin, 'PATCH', `${path}/${group.id}`, 400, {
      children_tax_ids: [group.id],
    });
    expect(self).toMatchObject({ field: 'children_tax_ids', message: 'A tax group cannot contain itself.' });
    const refused = await expectCall(t.current, admin, 'DELETE', `${path}/${a.id}`, 409);
    expect(refused).toMatchObject({ error: 'in_use', uses: ['in 1 tax group'] });
    const unknown = await expectCall(t.current, admin, 'PATCH', `${path}/${group.id}`, 409, {
      children_tax_ids: [999999],
    });
    expect(unknown).toMatchObject({ field: 'child_tax_id', message: 'There is no child tax 999999.' });
  });

  it('only admins write; every logged-in user reads; bad amounts name the field', async () => {
    const users = await catalogUsers(t.current);
    const made = await expectCall(t.current, users.admin, 'POST', path, 201, {
      name: 'VAT',
      amount_type: 'percent',
    });
    await expectAdminOnlyWrites(t.current, users, {
      path,
      id: made.id as number,
      body: { name: 'X', amount_type: 'fixed' },
    });
    const bad = await expectCall(t.current, users.admin, 'PATCH', `${path}/${made.id}`, 400, {
      amount: '20,5',
    });
    expect(bad).toMatchObject({ field: 'amount' });
    expect(bad.message).toContain('decimal string');
  });
});
