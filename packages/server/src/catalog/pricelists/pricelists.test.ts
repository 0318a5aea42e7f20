import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall, expectCrudLifecycle } from '../crud-checks.ts';

const path = '/api/pricelists';
type Rule = Record<string, unknown>;

describe.each(testDatabases())('pricelists on %s', (kind) => {
  const t = useTestApp(kind);

  it('create with rules, read, list in pages, search, replace the rules, archive, delete', async () => {
    const { admin } = await catalogUsers(t.current);
    const mug = await expectCall(t.current, admin, 'POST', '/api/products', 201, {
      name: 'Mug',
      list_price: '12',
    });
    const drinks = await expectCall(t.current, admin, 'POST', '/api/categories', 201, { name: 'Drinks' });
    await expectCrudLifecycle(t.current, admin, {
      path,
      bodies: [
        {
          name: 'Happy hour',
          rules: [
            {
              applied_on: 'category',
              category_id: drinks.id,
              compute_price: 'percentage',
              percent_price: '50.0000',
            },
            {
              applied_on: 'product',
              product_id: mug.id,
              compute_price: 'fixed',
              fixed_price: '10.0000',
              min_quantity: '2.0000',
            },
          ],
        },
        { name: 'Wholesale', sequence: 5 },
        {
          name: 'Staff',
          rules: [{ compute_price: 'formula', base: 'standard_price', price_surcharge: '1.0000' }],
        },
      ],
      q: 'happy',
      change: {
        name: 'Happy hours',
        rules: [{ applied_on: 'all', compute_price: 'percentage', percent_price: '10.0000' }],
      },
    });
  });

  it('rules keep their dates and order; rules left out of a change stay', async () => {
    const { admin } = await catalogUsers(t.current);
    const made = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'Summer',
      rules: [
        {
          compute_price: 'fixed',
          fixed_price: '5',
          sequence: 2,
          date_start: '2026-06-01T00:00:00Z',
          date_end: '2026-08-31T22:00:00Z',
        },
        { compute_price: 'fixed', fixed_price: '4', sequence: 1 },
      ],
    });
    expect((made.rules as Rule[]).map((r) => [r.fixed_price, r.date_start])).toEqual([
      ['4.0000', null],
      ['5.0000', '2026-06-01T00:00:00.000Z'],
    ]);
    const renamed = await expectCall(t.current, admin, 'PATCH', `${path}/${made.id}`, 200, {
      name: 'Summer sale',
    });
    expect(renamed.rules).toEqual(made.rules);
  });

  it('refuses rules without their target, dates backwards, a pricelist based on itself; delete of a base refused', async () => {
    const users = await catalogUsers(t.current);
    const { admin } = users;
    const bad = (rules: Rule[], status = 400) =>
      expectCall(t.current, admin, 'POST', path, status, { name: 'X', rules });
    expect(await bad([{ applied_on: 'category' }])).toMatchObject({
      field: 'rules.0.category_id',
      message: 'is required when the rule applies on a category',
    });
    expect(await bad([{}, { applied_on: 'product' }])).toMatchObject({ field: 'rules.1.product_id' });
    expect(
      await bad([{ date_start: '2026-06-02T00:00:00Z', date_end: '2026-06-01T00:00:00Z' }]),
    ).toMatchObject({
      field: 'rules.0.date_end',
    });
    expect(await bad([{ compute_price: 'fixed', fixed_price: 'ten' }])).toMatchObject({
      field: 'rules.0.fixed_price',
    });
    expect(await bad([{ applied_on: 'product', product_id: 999999 }], 409)).toMatchObject({
      message: 'There is no product 999999.',
    });

    const base = await expectCall(t.current, admin, 'POST', path, 201, { name: 'Base' });
    const derived = await expectCall(t.current, admin, 'POST', path, 201, {
      name: 'Derived',
      rules: [
        { compute_price: 'formula', base: 'pricelist', base_pricelist_id: base.id, price_discount: '10' },
      ],
    });
    const cycle = await expectCall(t.current, admin, 'PATCH', `${path}/${base.id}`, 400, {
      rules: [{ compute_price: 'formula', base: 'pricelist', base_pricelist_id: derived.id }],
    });
    expect(cycle).toMatchObject({ field: 'rules.0.base_pricelist_id' });
    const itself = await expectCall(t.current, admin, 'PATCH', `${path}/${base.id}`, 400, {
      rules: [{ compute_price: 'formula', base: 'pricelist', base_pricelist_id: base.id }],
    });
    expect(itself).toMatchObject({ message: 'cannot be the pricelist itself' });
    const used = await expectCall(t.current, admin, 'DELETE', `${path}/${base.id}`, 409);
    expect(used.uses).toEqual(['the base of 1 other pricelist']);
    await expectAdminOnlyWrites(t.current, users, { path, id: base.id as number, body: { name: 'Y' } });
  });
});
