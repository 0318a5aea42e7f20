import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI document, built from the routes' own schemas (so it cannot drift from what is
 * validated) and served at /api/openapi.json. Register before the routes.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Till API',
        version: '0.1.0',
        description:
          'Point of sale API. Money and quantities are decimal strings. Errors are `{ error, message, field? }` ' +
          '(codes in packages/server/src/errors/catalog.ts). Log in with POST /api/auth/login (cookie + CSRF token) ' +
          'or send `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'till_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
