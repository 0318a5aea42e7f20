import { describe, expect, it } from 'vitest';
import { shops } from '../../db/schema/index.ts';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall, expectCrudLifecycle } from '../crud-checks.ts';
import { eq } from 'drizzle-orm';

const path = '/api/fiscal-positions';

describe.each(testDatabases())('fiscal positions on %s', (kind) => {
  const t = useTestApp(kind);

  it('create with tax mappings, read, list in pages, search, replace the mappings, archive, delete', async () => {
    const { admin } = await catalogUsers(t.current);
    const tax = (name: string, amount: string) =>
      expectCall(t.current, admin, 'POST', '/api/taxes', 201, { name, amount_type: 'percent', amount });
    const vat20 = await tax('VAT 20%', '20');
    const vat10 = await tax('VAT 10%', '10');
    await expectCrudLifecycle(t.current, admin, {
      path,
      bodies: [
        { name: 'Take-away', tax_mappings: [{ tax_src_id: vat20.id, tax_dest_id: vat10.id }] },
        {
          name: 'Export',
          note: 'Outside the EU',
          tax_mappings: [{ tax_src_id: vat20.id, tax_dest_id: null }],
        },
        { name: 'Staff' },
      ],
      q: 'take',
      change: { tax_mappings: [{ tax_src_id: vat10.id, tax_dest_id: null }], note: 'Eat elsewhere' },
    });
  });

  it('refuses a mapping listed twice (field named), an unknown tax, and deleting one a shop uses', async () => {
    const users = await catalogUsers(t.current);
    const { admin } = users;
    const vat = await expectCall(t.current, admin, 'POST', '/api/taxes', 201, {
      name: 'VAT',
      amount_type: 'percent',
    });
    const twice = await expectCall(t.current, admin, 'POST', path, 400, {
      name: 'Take-away',
      tax_mappings: [
        { tax_src_id: vat.id, tax_dest_id: null },
        { tax_src_id: vat.id, tax_dest_id: null },
      ],
    });
    expect(twice).toMatchObject({ field: 'tax_mappings.1', message: 'This tax mapping is listed twice.' });
    const unknown = await expectCall(t.current, admin, 'POST', path, 409, {
      name: 'Take-away',
      tax_mappings: [{ tax_src_id: vat.id, tax_dest_id: 999999 }],
    });
    expect(unknown.message).toBe('There is no tax 999999.');
    const made = await expectCall(t.current, admin, 'POST', path, 201, { name: 'Take-away' });
    await t.current.handle.db.transaction((tx) =>
      tx
        .update(shops)
        .set({ default_fiscal_position_id: made.id as number })
        .where(eq(shops.id, users.shopId)),
    );
    const used = await expectCall(t.current, admin, 'DELETE', `${path}/${made.id}`, 409);
    expect(used.uses).toEqual(['the default of 1 shop']);
    const taxUsed = await expectCall(t.current, admin, 'DELETE', `/api/taxes/${vat.id}`, 204);
    expect(taxUsed).toEqual({});
    await expectAdminOnlyWrites(t.current, users, { path, id: made.id as number, body: { name: 'X' } });
  });
});
