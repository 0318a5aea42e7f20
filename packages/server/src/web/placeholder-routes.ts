import type { RouteModule } from '../context.ts';

const page = (title: string, what: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Till</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
</head><body><h1>${title}</h1><p>${what} is coming. The API is up: see <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

/**
 * /pos/ and /backoffice/: placeholder pages until the built web apps are served here.
 * Replace this module when packages/pos and packages/backoffice have a build to serve.
 */
export const webPlaceholderRoutes: RouteModule = (app) => {
  const hidden = { schema: { hide: true } };
  app.get('/pos/', hidden, async (_request, reply) =>
    reply.type('text/html').send(page('Till', 'The till (point of sale)')),
  );
  app.get('/backoffice/', hidden, async (_request, reply) =>
    reply.type('text/html').send(page('Till back office', 'The back office')),
  );
  app.get('/', hidden, async (_request, reply) => reply.redirect('/backoffice/'));
};
