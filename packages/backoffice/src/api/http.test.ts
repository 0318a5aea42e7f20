import { describe, expect, it } from 'vitest';
import { fieldError, HttpClient } from './http.ts';

type Call = { url: string; init: RequestInit };

function fakeFetch(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof fetch;
}

describe('HttpClient', () => {
  it('sends the CSRF token with a change, never with a read', async () => {
    const calls: Call[] = [];
    const http = new HttpClient({ fetch: fakeFetch(200, { ok: true }, calls) });
    http.setCsrfToken('t0k');
    await http.get('/api/x');
    await http.patch('/api/x/1', { name: 'a' });
    const headers = calls.map((c) => c.init.headers as Record<string, string>);
    expect(headers[0]!['x-csrf-token']).toBeUndefined();
    expect(headers[1]!['x-csrf-token']).toBe('t0k');
    expect(calls[1]!.init.method).toBe('PATCH');
    expect(calls[1]!.init.body).toBe('{"name":"a"}');
  });

  it('an error answer is a failure with its code, message and field', async () => {
    const http = new HttpClient({
      fetch: fakeFetch(400, { error: 'validation', message: 'Name is required.', field: 'name' }),
    });
    const r = await http.post('/api/products', {});
    expect(r).toEqual({
      ok: false,
      error: { type: 'http', status: 400, code: 'validation', message: 'Name is required.', field: 'name' },
    });
    expect(r.ok ? undefined : fieldError(r.error, 'name')).toBe('Name is required.');
    expect(r.ok ? undefined : fieldError(r.error, 'price')).toBeUndefined();
  });

  it('a 401 outside login tells the app the session ended; a wrong password does not', async () => {
    let ended = 0;
    const http = new HttpClient({ fetch: fakeFetch(401, { error: 'unauthorized', message: 'Log in.' }) });
    http.onUnauthorized = () => ended++;
    await http.post('/api/auth/login', { login: 'a', password: 'b' });
    expect(ended).toBe(0);
    await http.get('/api/dashboard');
    expect(ended).toBe(1);
  });

  it('a server that cannot be reached, or a gateway error, is the network', async () => {
    const down = new HttpClient({
      fetch: (async () => {
        throw new TypeError('fetch failed');
      }) as unknown as typeof fetch,
    });
    expect(await down.get('/api/x')).toEqual({
      ok: false,
      error: { type: 'network', message: 'The server cannot be reached.' },
    });
    const gateway = new HttpClient({ fetch: fakeFetch(502, undefined) });
    expect((await gateway.get('/api/x')).ok ? null : 'failed').toBe('failed');
    const r = await gateway.get('/api/x');
    expect(!r.ok && r.error.type).toBe('network');
  });

  it('204 answers nothing, successfully', async () => {
    const http = new HttpClient({
      fetch: (async () => new Response(null, { status: 204 })) as unknown as typeof fetch,
    });
    expect(await http.delete('/api/x/1')).toEqual({ ok: true, value: undefined });
  });
});
