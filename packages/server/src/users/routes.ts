import { Type } from '@sinclair/typebox';
import { requireAdmin } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { listUsers } from './queries.ts';
import { NewUserBody, UserChangesBody, UserSchema } from './schemas.ts';
import { createUser, updateUser, type UserRefusal } from './service.ts';

const tags = ['users'];
const REFUSAL_DETAILS: Record<UserRefusal, { message?: string }> = {
  login_taken: {},
  not_found: { message: 'No such user.' },
  conflict: { message: 'One of the shop ids does not exist.' },
};

/** Back-office users: admins only. */
export const userRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/users',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'All back-office users',
        tags,
        response: { 200: Type.Array(UserSchema), ...errorResponses(401, 403) },
      },
    },
    async () => listUsers(ctx.db),
  );

  app.post(
    '/api/users',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Create a user',
        tags,
        body: NewUserBody,
        response: { 201: UserSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await createUser(ctx.db, request.body);
      if (!result.ok) return sendError(reply, result.error, REFUSAL_DETAILS[result.error]);
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    '/api/users/:id',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Change a user',
        tags,
        params: IdParams,
        body: UserChangesBody,
        response: { 200: UserSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await updateUser(ctx.db, request.params.id, request.body);
      if (!result.ok) return sendError(reply, result.error, REFUSAL_DETAILS[result.error]);
      return result.value;
    },
  );
};
