import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifySchema } from 'fastify';
import type { Result } from '@till/core';
import { requireAdmin, requireUser } from '../auth/guards.ts';
import type { App, AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { Page } from '../http/list-query.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import type { PageOf } from './list.ts';
import { sendRefusal, type CatalogRefusal } from './refusal.ts';

/** One catalog record type: its path, schemas and the functions behind its five routes. */
export interface CatalogResource<I extends TSchema, N extends TSchema, C extends TSchema, Q extends TSchema> {
  /** `/api/products` */
  readonly path: string;
  /** "product", "payment method" */
  readonly noun: string;
  readonly item: I;
  readonly newBody: N;
  readonly changesBody: C;
  readonly query: Q;
  /** How the list searches (`q`), for the OpenAPI summary. */
  readonly searches: string;
  list(db: Database, query: Static<Q>): Promise<PageOf<Static<I>>>;
  find(db: Database, id: number): Promise<Static<I> | undefined>;
  create(db: Database, input: Static<N>): Promise<Result<Static<I>, CatalogRefusal>>;
  update(db: Database, id: number, changes: Static<C>): Promise<Result<Static<I>, CatalogRefusal>>;
  remove(db: Database, id: number): Promise<Result<true, CatalogRefusal>>;
}

/**
 * The five routes of a catalog record type: list (search, page, archived), read, create, change
 * (partial; `active: false` archives), delete (409 `in_use` naming what uses it). Every logged-in
 * user reads (tills need the catalog); only admins write.
 */
export function registerCatalogResource<
  I extends TSchema,
  N extends TSchema,
  C extends TSchema,
  Q extends TSchema,
>(typed: App, ctx: AppContext, r: CatalogResource<I, N, C, Q>, tags: string[]): void {
  // Generic schemas defeat the type provider's inference: the schemas still validate and
  // serialize at run time, and the handlers below read request parts by their static types.
  const app = typed as unknown as FastifyInstance;
  const one = (id: number) => `${r.noun} ${id}`;
  const idOf = (request: { params: unknown }) => (request.params as Static<typeof IdParams>).id;
  app.get(
    r.path,
    {
      preHandler: [requireUser()],
      schema: loose({
        summary: `Search ${r.noun}s (${r.searches}), one page`,
        tags,
        querystring: r.query,
        response: { 200: Page(r.item), ...errorResponses(400, 401) },
      }),
    },
    async (request) => r.list(ctx.db, request.query as Static<Q>),
  );

  app.get(
    `${r.path}/:id`,
    {
      preHandler: [requireUser()],
      schema: loose({
        summary: `One ${r.noun}`,
        tags,
        params: IdParams,
        response: { 200: r.item, ...errorResponses(400, 401, 404) },
      }),
    },
    async (request, reply) =>
      (await r.find(ctx.db, idOf(request))) ?? sendRefusal(reply, { code: 'not_found' }, one(idOf(request))),
  );

  app.post(
    r.path,
    {
      preHandler: [requireAdmin()],
      schema: loose({
        summary: `Create a ${r.noun}`,
        tags,
        body: r.newBody,
        response: { 201: r.item, ...errorResponses(400, 401, 403, 409) },
      }),
    },
    async (request, reply) => {
      const result = await r.create(ctx.db, request.body as Static<N>);
      if (!result.ok) return sendRefusal(reply, result.error, r.noun);
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    `${r.path}/:id`,
    {
      preHandler: [requireAdmin()],
      schema: loose({
        summary: `Change a ${r.noun} (the fields given; active: false archives it)`,
        tags,
        params: IdParams,
        body: r.changesBody,
        response: { 200: r.item, ...errorResponses(400, 401, 403, 404, 409) },
      }),
    },
    async (request, reply) => {
      const result = await r.update(ctx.db, idOf(request), request.body as Static<C>);
      return result.ok ? result.value : sendRefusal(reply, result.error, one(idOf(request)));
    },
  );

  app.delete(
    `${r.path}/:id`,
    {
      preHandler: [requireAdmin()],
      schema: loose({
        summary: `Delete a ${r.noun} nothing uses (else 409 in_use: archive it)`,
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      }),
    },
    async (request, reply) => {
      const result = await r.remove(ctx.db, idOf(request));
      if (!result.ok) return sendRefusal(reply, result.error, one(idOf(request)));
      return reply.code(204).send(null);
    },
  );
}

/** A schema typed loosely, so Fastify does not infer reply types from generic schemas. */
const loose = (schema: FastifySchema): FastifySchema => schema;
