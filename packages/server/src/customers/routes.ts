import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import { requireShopAccess, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { sendError } from '../errors/send-error.ts';
import { CSV_IMPORT_BODY_LIMIT, CsvImportAnswer, CsvImportBody } from '../http/csv-import-schemas.ts';
import { ListQuery, Page } from '../http/list-query.ts';
import { errorResponses, IdParams } from '../http/schemas.ts';
import { customersToCsv } from './csv-format.ts';
import { importCustomers } from './csv-import.ts';
import { allCustomers, findCustomer, listCustomers, tillCustomerOf } from './queries.ts';
import {
  CustomerChangesBody,
  CustomerSchema,
  NewCustomerBody,
  TillCustomerAnswer,
  TillCustomerFieldsBody,
  TillNewCustomerBody,
} from './schemas.ts';
import {
  createCustomer,
  createTillCustomer,
  deleteCustomer,
  updateCustomer,
  updateTillCustomer,
  type CustomerRefusal,
} from './service.ts';

const tags = ['customers'];
/** Back-office changes: admins and managers (cashiers create and edit customers at the till). */
const backOfficeWriters = () => requireUser(['admin', 'manager']);

function sendRefusal(reply: FastifyReply, refusal: CustomerRefusal, id?: number): FastifyReply {
  switch (refusal.code) {
    case 'not_found':
      return sendError(reply, 'not_found', { message: `No customer ${id}.` });
    case 'barcode_taken':
      return sendError(reply, 'conflict', {
        field: 'barcode',
        message: `The barcode ${refusal.barcode} is already another customer's.`,
      });
    case 'unknown_reference':
      return sendError(reply, 'conflict', { message: 'The pricelist or fiscal position does not exist.' });
    case 'in_use':
      return sendError(reply, 'in_use', {
        message: `Customer ${id} is named on orders, so it cannot be deleted: archive it instead.`,
      });
  }
}

/**
 * Customers: every logged-in user reads them (a till searches them); the back office (admins,
 * managers) creates, changes, archives, deletes and imports them. A till creates customers for
 * its shop, offline too, by the uid it made, and edits their contact details.
 */
export const customerRoutes: RouteModule = (app, ctx) => {
  app.get(
    '/api/customers',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Search customers (name, email, phone, barcode, tax id)',
        tags,
        querystring: ListQuery,
        response: { 200: Page(CustomerSchema), ...errorResponses(400, 401) },
      },
    },
    async (request) => listCustomers(ctx.db, request.query),
  );

  app.get(
    '/api/customers/export.csv',
    {
      preHandler: [backOfficeWriters()],
      schema: {
        summary: 'Every customer as CSV (the import’s columns)',
        tags,
        response: { 200: Type.String({ description: 'text/csv' }), ...errorResponses(401, 403) },
      },
    },
    async (_request, reply) => {
      const items = await allCustomers(ctx.db);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="customers.csv"')
        .send(customersToCsv(items));
    },
  );

  app.post(
    '/api/customers/import',
    {
      preHandler: [backOfficeWriters()],
      bodyLimit: CSV_IMPORT_BODY_LIMIT,
      schema: {
        summary: 'Import customers from CSV: matched by barcode, else email; all or nothing',
        tags,
        body: CsvImportBody,
        response: { 200: CsvImportAnswer, ...errorResponses(400, 401, 403, 413) },
      },
    },
    async (request) => importCustomers(ctx.db, request.body.csv, request.body.dry_run ?? false),
  );

  app.get(
    '/api/customers/:id',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'One customer',
        tags,
        params: IdParams,
        response: { 200: CustomerSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const found = await findCustomer(ctx.db, request.params.id);
      return found ?? sendRefusal(reply, { code: 'not_found' }, request.params.id);
    },
  );

  app.post(
    '/api/customers',
    {
      preHandler: [backOfficeWriters()],
      schema: {
        summary: 'Create a customer',
        tags,
        body: NewCustomerBody,
        response: { 201: CustomerSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const result = await createCustomer(ctx.db, request.body);
      if (!result.ok) return sendRefusal(reply, result.error);
      return reply.code(201).send(result.value);
    },
  );

  app.patch(
    '/api/customers/:id',
    {
      preHandler: [backOfficeWriters()],
      schema: {
        summary: 'Change a customer (active: false archives it)',
        tags,
        params: IdParams,
        body: CustomerChangesBody,
        response: { 200: CustomerSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await updateCustomer(ctx.db, request.params.id, request.body);
      return result.ok ? result.value : sendRefusal(reply, result.error, request.params.id);
    },
  );

  app.delete(
    '/api/customers/:id',
    {
      preHandler: [backOfficeWriters()],
      schema: {
        summary: 'Delete a customer no order names (else 409 in_use: archive it)',
        tags,
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const result = await deleteCustomer(ctx.db, request.params.id);
      if (!result.ok) return sendRefusal(reply, result.error, request.params.id);
      return reply.code(204).send(null);
    },
  );

  // The till's two routes. Its outbox sets aside a customer answered 400 and goes on, retries
  // anything else later: so whatever the till can never fix by retrying is a 400 here.
  app.post(
    '/api/shops/:id/customers',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'A till creates a customer (idempotent on its uid: the same uid answers the same customer)',
        tags,
        params: IdParams,
        body: TillNewCustomerBody,
        response: { 201: TillCustomerAnswer, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const customer = await createTillCustomer(ctx.db, request.body);
      return reply.code(201).send({ customer: tillCustomerOf(customer) });
    },
  );

  app.put(
    '/api/customers/:id',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'A till changes a customer’s contact details',
        tags,
        params: IdParams,
        body: TillCustomerFieldsBody,
        response: { 200: TillCustomerAnswer, ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const result = await updateTillCustomer(ctx.db, request.params.id, request.body);
      if (result.ok) return { customer: tillCustomerOf(result.value) };
      // Deleted in the back office since the till loaded it: the till sets the change aside.
      if (result.error.code === 'not_found')
        return sendError(reply, 'not_found', {
          message: `Customer ${request.params.id} no longer exists on the server: create it again.`,
        });
      return sendRefusal(reply, result.error, request.params.id);
    },
  );
};
