import { describe, expect, it } from 'vitest';
import { createFakeServer, json } from '../test-support/fake-server.ts';
import { HttpClient } from './http.ts';
import { createTillApi } from './till-api.ts';

describe('HttpClient', () => {
  it('sends the CSRF token from the login with every change, not with reads', async () => {
    const server = createFakeServer();
    server.route('POST', '/api/auth/login', () =>
      json({ user: { id: 1, name: 'Admin', role: 'admin' }, csrf_token: 'tok' }),
    );
    server.route('GET', '/api/shops', () => json([]));
    server.route('POST', '/api/sessions/3/join', () => json({ session: {}, login_number: 2 }));
    const api = createTillApi(new HttpClient({ fetch: server.fetch }));
    await api.login('admin', 'secret');
    await api.shops();
    await api.joinSession(3);
    const [login, shops, join] = server.requests;
    expect(login!.headers['x-csrf-token']).toBeUndefined();
    expect(shops!.headers['x-csrf-token']).toBeUndefined();
    expect(join!.headers['x-csrf-token']).toBe('tok');
  });

  it.each([
    [
      'a refusal keeps the code and message',
      () => json({ error: 'invalid_pin', message: 'Wrong PIN.' }, 401),
      { type: 'http', status: 401, code: 'invalid_pin', message: 'Wrong PIN.' },
    ],
    [
      'a non-JSON error page gets a message with the status',
      () => new Response('<html>oops</html>', { status: 500, statusText: 'Internal Server Error' }),
      { type: 'http', status: 500, code: 'http_500' },
    ],
    [
      'a gateway that cannot reach the server is the network',
      () => new Response('', { status: 502 }),
      { type: 'network' },
    ],
  ])('%s', async (_name, answer, expected) => {
    const server = createFakeServer();
    server.route('GET', '/api/shops', answer);
    const result = await createTillApi(new HttpClient({ fetch: server.fetch })).shops();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(expected);
  });

  it('a server that cannot be reached is a network failure, not an exception', async () => {
    const server = createFakeServer();
    server.offline = true;
    const result = await createTillApi(new HttpClient({ fetch: server.fetch })).health();
    expect(result).toEqual({
      ok: false,
      error: { type: 'network', message: 'The server cannot be reached.' },
    });
  });
});
