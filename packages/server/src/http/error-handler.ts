import type { FastifyError, FastifyInstance } from 'fastify';
import type { ErrorCode } from '../errors/catalog.ts';
import { sendError } from '../errors/send-error.ts';
import { describeValidationError } from './validation.ts';
import { sqlStateOf } from '../db/sql-state.ts';

const INVALID_BY_CONTEXT: Record<string, ErrorCode> = {
  body: 'invalid_body',
  querystring: 'invalid_query',
  params: 'invalid_params',
  headers: 'invalid_headers',
};

/** Fastify's own error codes, by what the client did wrong. */
const BY_FASTIFY_CODE: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_json',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_headers',
  FST_ERR_BAD_URL: 'bad_request',
};

/** Driver errors that mean the database is gone (postgres.js codes, PGlite's closed instance). */
function isDatabaseDown(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (/^(ECONNREFUSED|ECONNRESET|CONNECTION_ENDED|CONNECTION_CLOSED|CONNECT_TIMEOUT)$/.test(code))
      return true;
    if (/^PGlite is closed/.test(e.message)) return true;
  }
  return false;
}

/** PostgreSQL error codes that mean a conflict with existing data, not a broken server. */
const CONFLICT_SQLSTATES = new Set(['23505', '23503']);

/**
 * The one place where thrown errors become answers: validation failures (400 naming the field),
 * body too large (413), constraint violations (409), unknown routes (404). Anything else is a
 * bug or broken infrastructure: logged, and answered 500 without internals.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.validation && error.validation.length > 0) {
      const context = error.validationContext ?? 'body';
      const first = describeValidationError(context, error.validation[0]!);
      return sendError(reply, INVALID_BY_CONTEXT[context] ?? 'invalid_body', {
        message: first.message,
        ...(first.field === undefined ? {} : { field: first.field }),
      });
    }
    const known = error.code === undefined ? undefined : BY_FASTIFY_CODE[error.code];
    if (known) return sendError(reply, known);
    const sqlState = sqlStateOf(error);
    if (sqlState !== undefined && CONFLICT_SQLSTATES.has(sqlState)) {
      request.log.info({ err: error }, 'constraint violation');
      return sendError(
        reply,
        'conflict',
        sqlState === '23503'
          ? { message: 'This refers to a record that does not exist, or is still in use.' }
          : {},
      );
    }
    if (error.statusCode === 429) return sendError(reply, 'too_many_attempts');
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return sendError(reply, 'bad_request', { message: error.message });
    if (isDatabaseDown(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return sendError(reply, 'database_unavailable');
    }
    request.log.error({ err: error }, 'unexpected error');
    return sendError(reply, 'internal_error');
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 'route_not_found', {
      message: `No such address in the API: ${request.method} ${request.url.split('?')[0]}`,
    }),
  );
}
