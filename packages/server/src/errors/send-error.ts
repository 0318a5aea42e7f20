import type { FastifyReply } from 'fastify';
import { ERRORS, type ErrorBody, type ErrorCode } from './catalog.ts';

/** Extra facts for the client: a more precise message, the field, or any detail. */
export interface ErrorDetails {
  readonly message?: string;
  readonly field?: string;
  readonly [detail: string]: unknown;
}

/** The one mapping from an error code to an HTTP answer. */
export function errorBody(code: ErrorCode, details: ErrorDetails = {}): ErrorBody {
  const { message, ...rest } = details;
  return { error: code, message: message ?? ERRORS[code].message, ...rest };
}

/** Answers with the catalog's status for `code`. Use in routes and pre-handlers: `return sendError(…)`. */
export function sendError(reply: FastifyReply, code: ErrorCode, details?: ErrorDetails): FastifyReply {
  return reply.code(ERRORS[code].status).type('application/json').send(errorBody(code, details));
}

/** 429 with a Retry-After header, for a key locked after too many failures. */
export function sendTooManyAttempts(reply: FastifyReply, retryAfterSeconds: number): FastifyReply {
  reply.header('retry-after', String(retryAfterSeconds));
  return sendError(reply, 'too_many_attempts', {
    message: `Too many failed attempts: try again in ${retryAfterSeconds} s.`,
    retry_after_seconds: retryAfterSeconds,
  });
}
