import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyInstance, FastifySchemaValidationError } from 'fastify';

/** Schema keyword holding the message for any failure of that value ("must be a decimal string"). */
export const MESSAGE_KEYWORD = 'x-message';

const shared = { useDefaults: true, allErrors: false, keywords: [MESSAGE_KEYWORD], verbose: true };

/**
 * Validation as the API wants it: a JSON body is taken as sent (no coercion: `12.5` is not the
 * decimal string "12.5", and an unknown field is an error, not silently dropped), while the path
 * and query string, which are text by nature, are coerced to the declared types (`/shops/3`).
 */
export function installValidation(app: FastifyInstance): void {
  const factory = AjvCompiler();
  const forBody = factory({}, { customOptions: { ...shared, coerceTypes: false, removeAdditional: false } });
  const forText = factory(
    {},
    { customOptions: { ...shared, coerceTypes: 'array', removeAdditional: false } },
  );
  // The pool's compilers take the route definition ({ schema, … }), whatever their typings say.
  app.setValidatorCompiler((route) => (route.httpPart === 'body' ? forBody : forText)(route as never));
}

export interface ValidationFailure {
  readonly field: string | undefined;
  readonly message: string;
}

/**
 * The first validation error, said for a person: "body/list_price must be a decimal string",
 * with the field named as dotted path (`list_price`, `lines.0.quantity`).
 */
export function describeValidationError(
  context: string,
  error: FastifySchemaValidationError,
): ValidationFailure {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath.split('/').filter(Boolean);
  let text: string;
  if (error.keyword === 'required') {
    path.push(String(params.missingProperty));
    text = 'is required';
  } else if (error.keyword === 'additionalProperties') {
    path.push(String(params.additionalProperty));
    text = 'is not a known field';
  } else {
    const custom = (error as { parentSchema?: Record<string, unknown> }).parentSchema?.[MESSAGE_KEYWORD];
    if (typeof custom === 'string') text = custom;
    else if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
      text = `must be one of: ${params.allowedValues.join(', ')}`;
    else text = error.message ?? 'is not valid';
  }
  const field = path.length > 0 ? path.join('.') : undefined;
  return { field, message: `${[context, ...path].join('/')} ${text}` };
}
