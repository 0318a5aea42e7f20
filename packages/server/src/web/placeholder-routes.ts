import fastifyStatic from '@fastify/static';
import type { RouteModule } from '../context.ts';
import { isBuilt, WEB_APPS, type WebApp } from './web-apps.ts';

const page = (title: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}</style>
</head><body><h1>${title}</h1><p>This app is not built yet: <code>npm start</code> builds it before serving.
The API is up: see <a href="/api/openapi.json">/api/openapi.json</a>.</p></body></html>`;

/**
 * /pos/ and /backoffice/: the built web apps (packages/*\/dist), with every unknown path under
 * them answered by the app's index.html (client-side routes). index.html and the service worker
 * are never cached, so a new build reaches every till at its next start; hashed assets are
 * cached for a year. An app not built yet gets a page that says so.
 */
export const webPlaceholderRoutes: RouteModule = (app) => {
  const hidden = { schema: { hide: true } };
  for (const web of WEB_APPS) registerApp(app, web, hidden);
  app.get('/', hidden, async (_request, reply) => reply.redirect('/pos/'));
};

function registerApp(
  app: Parameters<RouteModule>[0],
  web: WebApp,
  hidden: { schema: { hide: boolean } },
): void {
  if (!isBuilt(web)) {
    const placeholder = async (_request: unknown, reply: { type(t: string): { send(b: string): unknown } }) =>
      reply.type('text/html').send(page(web.title));
    app.get(web.prefix, hidden, placeholder);
    app.get(`${web.prefix}*`, hidden, placeholder);
    return;
  }
  void app.register(
    async (scope) => {
      await scope.register(fastifyStatic, {
        root: web.dist,
        prefix: '/',
        decorateReply: true,
        setHeaders(res, path) {
          const noCache =
            path.endsWith('index.html') || path.endsWith('sw.js') || path.endsWith('.webmanifest');
          res.setHeader('cache-control', noCache ? 'no-cache' : 'public, max-age=31536000, immutable');
        },
      });
      // A path that is no file is a client-side route of the app: answer its index.html.
      scope.setNotFoundHandler((request, reply) => {
        if (request.method !== 'GET') return reply.code(404).send();
        return reply.header('cache-control', 'no-cache').sendFile('index.html', web.dist);
      });
    },
    { prefix: web.prefix },
  );
}
