import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import { useTestApp } from '../test/test-app.ts';

const NASTY_TEXTS = [
  "'; drop table users; --",
  'Robert"); DROP TABLE shops;--',
  'O\'Brien "the" \\back\\slash\\ %_ $1 ${x}',
  'Café Ünïcödé 東京 🧾 עברית \u200b zero-width',
  'line\nbreak\ttab',
];

describe.each(testDatabases())('users on %s', (kind) => {
  const t = useTestApp(kind);

  it('an admin creates a user who can then log in with the shops given', async () => {
    const app = t.current;
    const shop = await app.addShop('Boutique');
    await app.addUser({ login: 'admin', role: 'admin' });
    const admin = await app.login('admin');
    const res = await app.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        login: 'marie',
        name: 'Marie',
        password: 'a long password',
        role: 'cashier',
        shop_ids: [shop],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ login: 'marie', role: 'cashier', active: true, shop_ids: [shop] });
    expect(res.body).not.toContain('password');
    await app.login('marie', 'a long password');
  });

  it('a taken login (any case) is 409 login_taken', async () => {
    const app = t.current;
    await app.addUser({ login: 'admin', role: 'admin' });
    const admin = await app.login('admin');
    const payload = { login: 'ADMIN', name: 'Twin', password: 'another password', role: 'manager' };
    const res = await app.call(admin, { method: 'POST', url: '/api/users', payload });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'login_taken' });
  });

  it('a short password is 400 naming the field', async () => {
    const app = t.current;
    await app.addUser({ login: 'admin', role: 'admin' });
    const admin = await app.login('admin');
    const res = await app.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { login: 'x', name: 'X', password: 'short', role: 'cashier' },
    });
    expect(res.json()).toEqual({
      error: 'invalid_body',
      field: 'password',
      message: 'body/password must be a password of at least 8 characters',
    });
  });

  it('SQL meta-characters and unicode in text are stored and returned intact', async () => {
    const app = t.current;
    await app.addUser({ login: 'admin', role: 'admin' });
    const admin = await app.login('admin');
    for (const [i, text] of NASTY_TEXTS.entries()) {
      const user = await app.call(admin, {
        method: 'POST',
        url: '/api/users',
        payload: { login: `${text}#${i}`, name: text, password: text.padEnd(8, '.'), role: 'cashier' },
      });
      expect(user.statusCode).toBe(201);
      expect(user.json()).toMatchObject({ login: `${text}#${i}`, name: text });
      const shop = await app.call(admin, {
        method: 'POST',
        url: '/api/shops',
        payload: { name: text, receipt_footer: text },
      });
      expect(shop.json()).toMatchObject({ name: text, receipt_footer: text });
      await app.login(`${text}#${i}`, text.padEnd(8, '.'));
    }
    const users = await app.call(admin, { method: 'GET', url: '/api/users' });
    expect(users.json<{ name: string }[]>().map((u) => u.name)).toEqual(['admin', ...NASTY_TEXTS]);
    const shops = await app.call(admin, { method: 'GET', url: '/api/shops' });
    expect(shops.json<{ name: string }[]>().map((s) => s.name)).toEqual(NASTY_TEXTS);
  });
});
