import type { FastifyReply } from 'fastify';
import { err, type Result } from '@till/core';
import { sendError } from '../errors/send-error.ts';
import { SQL_STATE, sqlStateOf } from '../db/sql-state.ts';

/**
 * Why a catalog change was refused: no such record, a value the body cannot have (a category
 * under its own child), a clash with other data (a barcode another product has, an id that does
 * not exist), or records that use the one being deleted (listed for the message).
 */
export type CatalogRefusal =
  | { readonly code: 'not_found' }
  | { readonly code: 'invalid'; readonly field: string; readonly message: string }
  | { readonly code: 'conflict'; readonly field?: string; readonly message: string }
  | { readonly code: 'in_use'; readonly uses: readonly string[] };

export const refuse = (refusal: CatalogRefusal): Result<never, CatalogRefusal> => err(refusal);

/** The answer for a refusal; `noun` names the record ("product 12"). */
export function sendRefusal(reply: FastifyReply, refusal: CatalogRefusal, noun: string): FastifyReply {
  switch (refusal.code) {
    case 'not_found':
      return sendError(reply, 'not_found', { message: `No ${noun}.` });
    case 'invalid':
      return sendError(reply, 'bad_request', { field: refusal.field, message: refusal.message });
    case 'conflict':
      return sendError(reply, 'conflict', {
        ...(refusal.field ? { field: refusal.field } : {}),
        message: refusal.message,
      });
    case 'in_use':
      return sendError(reply, 'in_use', {
        message: `The ${noun} is ${refusal.uses.join(', ')}: archive it instead.`,
        uses: refusal.uses,
      });
  }
}

/** `Key (barcode)=(123) already exists.`: the column and value PostgreSQL names in its detail. */
function keyOf(error: unknown): { field: string; value: string; missing: boolean } | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const detail = (e as { detail?: unknown }).detail;
    const m = typeof detail === 'string' ? /Key \(([^)]+)\)=\((.*)\)/.exec(detail) : null;
    if (m) return { field: m[1]!, value: m[2]!, missing: /is not present/.test(detail as string) };
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * A database error a person can act on, as a refusal: a unique value taken, an id that does not
 * exist, a record still used (a race with the usage check). Anything else is rethrown (a 500).
 */
export function refusalOfDbError(error: unknown): Result<never, CatalogRefusal> {
  const state = sqlStateOf(error);
  const key = keyOf(error);
  const label = key?.field
    .replace(/_id$/, '')
    .replace(/_(src|dest)$/, '')
    .replace(/_/g, ' ');
  if (state === SQL_STATE.uniqueViolation)
    return refuse({
      code: 'conflict',
      ...(key ? { field: key.field } : {}),
      message: key
        ? `The ${label} ${key.value} is already used by another record.`
        : 'A value is already used.',
    });
  if (state === SQL_STATE.foreignKeyViolation && key?.missing)
    return refuse({ code: 'conflict', field: key.field, message: `There is no ${label} ${key.value}.` });
  if (state === SQL_STATE.foreignKeyViolation || state === SQL_STATE.restrictViolation)
    return refuse({ code: 'in_use', uses: ['used by other records'] });
  throw error;
}
