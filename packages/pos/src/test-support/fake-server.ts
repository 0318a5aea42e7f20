import type { SyncOrder, SyncRequest, SyncResponse } from '@till/core';

/**
 * A scripted stand-in for the server's HTTP answers, for unit tests of the api client, the loader
 * and the outbox. Not a server: each test says what it answers.
 */
export interface FakeServer {
  readonly fetch: typeof fetch;
  readonly requests: { method: string; path: string; body: unknown; headers: Record<string, string> }[];
  /** Orders stored, by uid (the idempotent sync). */
  readonly orders: Map<string, SyncOrder>;
  bootId: string;
  /** Each sync batch received: its shop and its orders. */
  readonly batches: { shop_id: number; uids: string[] }[];
  /** Answers the next requests with a network failure while true. */
  offline: boolean;
  route(
    method: string,
    path: string | RegExp,
    handler: (body: unknown, path: string) => Response | Promise<Response>,
  ): void;
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function createFakeServer(): FakeServer {
  const routes: {
    method: string;
    path: string | RegExp;
    handler: (body: unknown, path: string) => Response | Promise<Response>;
  }[] = [];
  const server: FakeServer = {
    requests: [],
    orders: new Map(),
    batches: [],
    bootId: 'boot-1',
    offline: false,
    route(method, path, handler) {
      routes.unshift({ method, path, handler });
    },
    fetch: async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      server.requests.push({ method, path, body, headers: { ...(init?.headers as Record<string, string>) } });
      if (server.offline) throw new TypeError('Failed to fetch');
      const route = routes.find(
        (r) =>
          r.method === method &&
          (typeof r.path === 'string' ? r.path === path.split('?')[0] : r.path.test(path)),
      );
      if (!route)
        return json({ error: 'route_not_found', message: `no fake route for ${method} ${path}` }, 404);
      return route.handler(body, path);
    },
  };
  server.route('GET', '/api/health', () => json({ status: 'ok', boot_id: server.bootId }));
  server.route('POST', '/api/orders/sync', (body) => {
    const request = body as SyncRequest & { shop_id?: number };
    if (typeof request.shop_id !== 'number')
      return json({ error: 'invalid_body', message: 'shop_id is required', field: 'shop_id' }, 400);
    server.batches.push({ shop_id: request.shop_id, uids: request.orders.map((o) => o.uid) });
    const results = request.orders.map((o, i) => {
      const known = server.orders.has(o.uid);
      if (!known) server.orders.set(o.uid, o);
      return {
        uid: o.uid,
        status: known ? ('already_known' as const) : ('created' as const),
        order_id: i + 1,
        session_id: o.session_id,
      };
    });
    return json({ protocol: 1, boot_id: server.bootId, results } satisfies SyncResponse);
  });
  return server;
}
