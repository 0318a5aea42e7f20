import { describe, expect, it } from 'vitest';
import { testDatabases } from './test/databases.ts';
import { useTestApp } from './test/test-app.ts';

describe.each(testDatabases())('the app on %s', (kind) => {
  const t = useTestApp(kind, { bootId: '6f1c1a57-3bd0-4f0e-9d0a-5b6c2c9e1f00', bodyLimit: 64 * 1024 });

  it('health: 200 with the boot id and the database kind', async () => {
    const res = await t.current.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ok',
      boot_id: '6f1c1a57-3bd0-4f0e-9d0a-5b6c2c9e1f00',
      database: kind,
    });
  });

  it('health: 503 when the database does not answer', async () => {
    await t.current.handle.close();
    const res = await t.current.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'unavailable', database: kind });
  });

  it('unknown route: 404 route_not_found', async () => {
    const res = await t.current.app.inject({ method: 'GET', url: '/api/nothing-here?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'route_not_found',
      message: 'No such address in the API: GET /api/nothing-here',
    });
  });

  it('oversized body: 413 payload_too_large, before any login check', async () => {
    const res = await t.current.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'x', password: 'y'.repeat(100 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ error: 'payload_too_large' });
  });

  it('malformed JSON: 400 invalid_json', async () => {
    const res = await t.current.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('a body that is not JSON: 415 unsupported_media_type', async () => {
    const res = await t.current.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'login=admin',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json()).toMatchObject({ error: 'unsupported_media_type' });
  });

  it('a database gone mid-request: 503 database_unavailable', async () => {
    await t.current.addUser({ login: 'ada', role: 'admin' });
    const session = await t.current.login('ada');
    await t.current.handle.close();
    const res = await t.current.call(session, { method: 'GET', url: '/api/shops' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ error: 'database_unavailable' });
  });

  it('serves the OpenAPI document with the routes and their schemas', async () => {
    const res = await t.current.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/shops/{id}',
        '/api/shops/{id}/employee-login',
      ]),
    );
    expect(doc.paths['/api/auth/login']?.post).toHaveProperty('requestBody');
  });

  it('serves placeholder pages for the till and the back office', async () => {
    for (const url of ['/pos/', '/backoffice/']) {
      const res = await t.current.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
    }
  });
});
