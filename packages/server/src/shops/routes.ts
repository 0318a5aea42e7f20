import { Type } from '@sinclair/typebox';
import { requireAdmin, requireShopAccess, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { listShops } from './queries.ts';
import type { FastifyReply } from 'fastify';
import { isTimeZone, NewShopBody, ShopChangesBody, ShopSchema } from './schemas.ts';
import { createShop, updateShop, type ShopRefusal } from './service.ts';

const tags = ['shops'];
const REFUSAL_DETAILS: Record<ShopRefusal, { message: string }> = {
  not_found: { message: 'No such shop.' },
  conflict: { message: 'A pricelist, fiscal position or payment method id does not exist.' },
};

/** Shops: everyone sees the shops they have rights on; only admins create or change them. */
export const shopRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/shops',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'The shops I have rights on',
        tags,
        response: { 200: Type.Array(ShopSchema), ...errorResponses(401) },
      },
    },
    async (request) => {
      const user = request.principal!.user;
      return listShops(ctx.db, user.role === 'admin' ? {} : { userId: user.id });
    },
  );

  app.get(
    '/api/shops/:id',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'One shop and its settings',
        tags,
        params: IdParams,
        response: { 200: ShopSchema, ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await listShops(ctx.db, { ids: [request.params.id] }))[0]!,
  );

  app.post(
    '/api/shops',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Create a shop',
        tags,
        body: NewShopBody,
        response: { 201: ShopSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      if (!knownTimeZone(request.body.time_zone)) return badTimeZone(reply);
      const result = await createShop(ctx.db, request.body);
      if (!result.ok) return sendError(reply, result.error, REFUSAL_DETAILS[result.error]);
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    '/api/shops/:id',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Change a shop’s settings',
        tags,
        params: IdParams,
        body: ShopChangesBody,
        response: { 200: ShopSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      if (!knownTimeZone(request.body.time_zone)) return badTimeZone(reply);
      const result = await updateShop(ctx.db, request.params.id, request.body);
      if (!result.ok) return sendError(reply, result.error, REFUSAL_DETAILS[result.error]);
      return result.value;
    },
  );
};

const knownTimeZone = (zone: string | null | undefined) => zone == null || isTimeZone(zone);

const badTimeZone = (reply: FastifyReply) =>
  sendError(reply, 'invalid_body', {
    field: 'time_zone',
    message: 'body/time_zone must be a time zone name such as "Europe/Paris"',
  });
