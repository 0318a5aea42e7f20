import { describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.ts';
import { TEST_PASSWORD, useTestApp } from '../test/test-app.ts';

describe.each(testDatabases())('auth on %s', (kind) => {
  const t = useTestApp(kind);

  it('login: sets a secure, HTTP-only, SameSite=Strict cookie and returns the CSRF token', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin', name: 'Ada' });
    const res = await t.current.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ADA', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { login: string; role: string }; csrf_token: string }>();
    expect(body.user).toMatchObject({ login: 'ada', name: 'Ada', role: 'admin' });
    expect(body.csrf_token.length).toBeGreaterThan(20);
    const cookie = res.cookies.find((c) => c.name === 'till_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  });

  it('login: wrong password and unknown login get the same 401', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    for (const payload of [
      { login: 'ada', password: 'wrong password' },
      { login: 'nobody', password: TEST_PASSWORD },
    ]) {
      const res = await t.current.app.inject({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: 'invalid_credentials', message: 'Wrong login or password.' });
      expect(res.cookies).toHaveLength(0);
    }
  });

  it('login: an inactive user cannot log in', async () => {
    const app = t.current;
    const id = await app.addUser({ login: 'old', role: 'cashier' });
    await app.addUser({ login: 'ada', role: 'admin' });
    const admin = await app.login('ada');
    expect(
      (await app.call(admin, { method: 'PATCH', url: `/api/users/${id}`, payload: { active: false } }))
        .statusCode,
    ).toBe(200);
    const res = await app.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'old', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(401);
  });

  it('me: 401 without a session; the user and CSRF token with one', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    const anonymous = await t.current.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'unauthenticated' });
    const session = await t.current.login('ada');
    const res = await t.current.call(session, { method: 'GET', url: '/api/auth/me', csrf: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user: { login: 'ada' }, via: 'cookie', csrf_token: session.csrf });
  });

  it('logout ends the session: the cookie no longer works', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    const session = await t.current.login('ada');
    expect((await t.current.call(session, { method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(200);
    expect((await t.current.call(session, { method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
  });

  it('CSRF: a change made with the cookie but without x-csrf-token, or a wrong one, is refused 403', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    const session = await t.current.login('ada');
    const missing = await t.current.call(session, {
      method: 'POST',
      url: '/api/shops',
      payload: { name: 'X' },
      csrf: false,
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ error: 'csrf_token_invalid' });
    const wrong = await t.current.call(
      { ...session, csrf: `${session.csrf.slice(0, -1)}!` },
      { method: 'POST', url: '/api/shops', payload: { name: 'X' } },
    );
    expect(wrong.statusCode).toBe(403);
    const right = await t.current.call(session, {
      method: 'POST',
      url: '/api/shops',
      payload: { name: 'X' },
    });
    expect(right.statusCode).toBe(201);
  });

  it('bearer token: created once, works without CSRF, listed without its secret, revocable', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    const session = await t.current.login('ada');
    const created = await t.current.call(session, {
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { name: 'nightly export', expires_in_days: 30 },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: number }>();
    expect(token).toMatch(/^till_/);
    const bearer = { authorization: `Bearer ${token}` };
    const me = await t.current.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer });
    expect(me.json()).toMatchObject({ user: { login: 'ada' }, via: 'bearer' });
    const change = await t.current.app.inject({
      method: 'POST',
      url: '/api/shops',
      headers: bearer,
      payload: { name: 'By script' },
    });
    expect(change.statusCode).toBe(201);
    const list = await t.current.app.inject({ method: 'GET', url: '/api/auth/tokens', headers: bearer });
    expect(list.json()).toEqual([expect.objectContaining({ id, name: 'nightly export' })]);
    expect(list.body).not.toContain(token);
    expect(
      (await t.current.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${id}`, headers: bearer }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.current.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })).statusCode,
    ).toBe(401);
  });

  it('a made-up bearer token is 401', async () => {
    const res = await t.current.app.inject({
      method: 'GET',
      url: '/api/shops',
      headers: { authorization: 'Bearer till_madeup' },
    });
    expect(res.statusCode).toBe(401);
  });

  it('login is rate-limited per login: the 11th try within a minute gets 429 with Retry-After', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    for (let i = 0; i < 10; i++) {
      const res = await t.current.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'ada', password: `guess ${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const res = await t.current.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'ada', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});
