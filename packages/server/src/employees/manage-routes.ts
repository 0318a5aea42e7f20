import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { requireAdmin, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { ListQuery, Page } from '../http/list-query.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { createEmployee, deleteEmployee, updateEmployee, type EmployeeRefusal } from './manage.ts';
import { findEmployee, listEmployees } from './manage-queries.ts';
import { EmployeeChangesBody, EmployeeSchema, NewEmployeeBody } from './schemas.ts';

const tags = ['employees'];

function sendRefusal(reply: FastifyReply, refusal: EmployeeRefusal, id?: number): FastifyReply {
  switch (refusal.code) {
    case 'not_found':
      return sendError(reply, 'not_found', { message: `No employee ${id}.` });
    case 'badge_taken':
      return sendError(reply, 'conflict', {
        field: 'badge_barcode',
        message: `The badge ${refusal.badge} is already another employee's.`,
      });
    case 'unknown_shop':
      return sendError(reply, 'conflict', { field: 'shop_ids', message: 'A shop id does not exist.' });
    case 'in_use':
      return sendError(reply, 'in_use', {
        message: `Employee ${id} is named on orders or sessions, so it cannot be deleted: archive it instead.`,
      });
  }
}

/**
 * The employees who sell at the tills: admins manage them; managers read those of their shops.
 * The PIN is write-only (`has_pin` says whether there is one).
 */
export const employeeManageRoutes: RouteModule = (app, ctx) => {
  const readers = () => requireUser(['admin', 'manager']);

  app.get(
    '/api/employees',
    {
      preHandler: [readers()],
      schema: {
        summary: 'Search employees (name, badge); managers see those of their shops',
        tags,
        querystring: ListQuery,
        response: { 200: Page(EmployeeSchema), ...errorResponses(400, 401, 403) },
      },
    },
    async (request) => listEmployees(ctx.db, request.principal!.user, request.query),
  );

  app.get(
    '/api/employees/:id',
    {
      preHandler: [readers()],
      schema: {
        summary: 'One employee',
        tags,
        params: IdParams,
        response: { 200: EmployeeSchema, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const found = await findEmployee(ctx.db, request.params.id, request.principal!.user);
      // A manager asking for someone outside their shops learns nothing more than "not found".
      return found ?? sendRefusal(reply, { code: 'not_found' }, request.params.id);
    },
  );

  app.post(
    '/api/employees',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Create an employee',
        tags,
        body: NewEmployeeBody,
        response: { 201: EmployeeSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await createEmployee(ctx.db, request.body);
      if (!result.ok) return sendRefusal(reply, result.error);
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    '/api/employees/:id',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Change an employee (pin: null removes the PIN; active: false archives)',
        tags,
        params: IdParams,
        body: EmployeeChangesBody,
        response: { 200: EmployeeSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await updateEmployee(ctx.db, request.params.id, request.body);
      return result.ok ? result.value : sendRefusal(reply, result.error, request.params.id);
    },
  );

  app.delete(
    '/api/employees/:id',
    {
      preHandler: [requireAdmin()],
      schema: {
        summary: 'Delete an employee no order or session names (else 409 in_use: archive)',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await deleteEmployee(ctx.db, request.params.id);
      if (!result.ok) return sendRefusal(reply, result.error, request.params.id);
      return reply.code(204).send(null);
    },
  );
};
