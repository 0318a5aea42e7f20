import { describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.ts';
import { useTestApp } from '../../test/test-app.ts';
import { catalogUsers, expectAdminOnlyWrites, expectCall } from '../crud-checks.ts';

const path = '/api/categories';
type Item = { id: number; full_name: string };

describe.each(testDatabases())('categories on %s', (kind) => {
  const t = useTestApp(kind);

  it('a tree: full names, search on them, pages, moves, cycles refused, delete of a used one refused', async () => {
    const { admin } = await catalogUsers(t.current);
    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, status: number, body?: unknown) =>
      expectCall(t.current, admin, method, url, status, body);
    const drinks = await call('POST', path, 201, { name: 'Drinks' });
    const hot = await call('POST', path, 201, { name: 'Hot', parent_id: drinks.id });
    const tea = await call('POST', path, 201, { name: 'Tea', parent_id: hot.id, sequence: 3 });
    const food = await call('POST', path, 201, { name: 'Food' });
    expect(tea).toMatchObject({ full_name: 'Drinks / Hot / Tea', parent_id: hot.id, sequence: 3 });
    expect(await call('GET', `${path}/${tea.id}`, 200)).toEqual(tea);

    const page = await call('GET', `${path}?limit=2&offset=1`, 200);
    expect(page).toMatchObject({ total: 4, limit: 2, offset: 1 });
    expect((page.items as Item[]).map((c) => c.full_name)).toEqual(['Drinks / Hot', 'Drinks / Hot / Tea']);
    const found = await call('GET', `${path}?q=${encodeURIComponent('drinks / h')}`, 200);
    expect((found.items as Item[]).map((c) => c.id)).toEqual([hot.id, tea.id]);

    const cycle = await call('PATCH', `${path}/${drinks.id}`, 400, { parent_id: tea.id });
    expect(cycle).toMatchObject({ field: 'parent_id' });
    expect(cycle.message).toBe(
      '"Drinks" cannot go under "Drinks / Hot / Tea": that is the category itself or inside it.',
    );
    await call('PATCH', `${path}/${hot.id}`, 400, { parent_id: hot.id });
    const moved = await call('PATCH', `${path}/${hot.id}`, 200, { parent_id: food.id, name: 'Warm' });
    expect(moved.full_name).toBe('Food / Warm');
    expect((await call('GET', `${path}/${tea.id}`, 200)).full_name).toBe('Food / Warm / Tea');

    const used = await call('DELETE', `${path}/${hot.id}`, 409);
    expect(used).toMatchObject({ error: 'in_use', uses: ['the parent of 1 category'] });
    await call('DELETE', `${path}/${tea.id}`, 204);
    await call('DELETE', `${path}/${hot.id}`, 204);
    await call('GET', `${path}/${hot.id}`, 404);
    const missingParent = await call('POST', path, 409, { name: 'Lost', parent_id: 999999 });
    expect(missingParent).toMatchObject({ field: 'parent_id', message: 'There is no parent 999999.' });
    expect((await call('GET', `${path}?archived=only`, 200)).total).toBe(0);
  });

  it('only admins write; every logged-in user reads; an empty name is refused naming the field', async () => {
    const users = await catalogUsers(t.current);
    const made = await expectCall(t.current, users.admin, 'POST', path, 201, { name: 'Drinks' });
    await expectAdminOnlyWrites(t.current, users, { path, id: made.id as number, body: { name: 'X' } });
    expect(await expectCall(t.current, users.admin, 'POST', path, 400, { name: '' })).toMatchObject({
      field: 'name',
    });
  });
});
