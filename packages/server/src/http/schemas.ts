import { Type, type TSchema, type TString, type TUnsafe } from '@sinclair/typebox';
import { MESSAGE_KEYWORD } from './validation.ts';

/**
 * Schema pieces every route uses. Money and quantities travel as decimal strings that fit the
 * database's numeric(16,4): up to 12 digits before the point and 4 after.
 */
export const DecimalString = (options: { description?: string } = {}): TString =>
  Type.String({
    pattern: '^-?[0-9]{1,12}(\\.[0-9]{1,4})?$',
    [MESSAGE_KEYWORD]: 'must be a decimal string such as "12.50" (at most 4 decimals)',
    examples: ['12.50'],
    ...options,
  });

/** A closed set of words (`'admin' | 'manager'`), with the allowed words in the error message. */
export const OneOf = <const T extends readonly string[]>(
  values: T,
  options: { description?: string } = {},
): TUnsafe<T[number]> => Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });

/** A non-empty name, stored exactly as typed. */
export const Name = (options: { maxLength?: number; description?: string } = {}): TString =>
  Type.String({ minLength: 1, maxLength: options.maxLength ?? 200, ...options });

export const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });

/** `:id` in the path. */
export const IdParams = Type.Object({ id: Id });

/**
 * An instant in a RESPONSE: the handler returns a `Date`, the serializer writes ISO 8601 text.
 * (For input, use `Type.String({ format: 'date-time' })`: what arrives is text.)
 */
export const InstantOut = Type.Unsafe<Date>({ type: 'string', format: 'date-time' });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** Every error answer (see errors/catalog.ts). */
export const ErrorResponse = Type.Object(
  { error: Type.String(), message: Type.String(), field: Type.Optional(Type.String()) },
  { additionalProperties: true, title: 'Error' },
);

/** Response schemas of the errors a route may answer with, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse]));
}

export const OkResponse = Type.Object({ ok: Type.Literal(true) });
