import type { Decimal } from '../money/decimal.ts';
import { parseDecimal } from '../money/decimal.ts';

/**
 * Reading untrusted JSON field by field, so that an error names the field it is about
 * (`lines[2].qty: expected a number or a decimal string`). The reader throws `InputError`,
 * which `parseComputeInput` turns into a returned value at its edge.
 */
export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

export type Json = unknown;

const describe = (v: Json): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object'
        ? 'an object'
        : JSON.stringify(v);

export function readObject(v: Json, path: string): Record<string, Json> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new InputError(path, `expected an object, got ${describe(v)}`);
  return v as Record<string, Json>;
}

export function readArray(v: Json, path: string): Json[] {
  if (!Array.isArray(v)) throw new InputError(path, `expected an array, got ${describe(v)}`);
  return v;
}

export function readString(v: Json, path: string): string {
  if (typeof v !== 'string' || v.trim() === '')
    throw new InputError(path, `expected a non-empty string, got ${describe(v)}`);
  return v;
}

export function readBoolean(v: Json, path: string): boolean {
  if (typeof v !== 'boolean') throw new InputError(path, `expected true or false, got ${describe(v)}`);
  return v;
}

export function readDecimal(
  v: Json,
  path: string,
  bounds: { min?: number; max?: number; above?: number } = {},
): Decimal {
  const d = parseDecimal(v);
  if (d === undefined)
    throw new InputError(path, `expected a number or a decimal string, got ${describe(v)}`);
  if (bounds.min !== undefined && d.lt(bounds.min))
    throw new InputError(path, `must be at least ${bounds.min}, got ${d.toString()}`);
  if (bounds.max !== undefined && d.gt(bounds.max))
    throw new InputError(path, `must be at most ${bounds.max}, got ${d.toString()}`);
  if (bounds.above !== undefined && d.lte(bounds.above))
    throw new InputError(path, `must be more than ${bounds.above}, got ${d.toString()}`);
  return d;
}

export function readInteger(v: Json, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new InputError(path, `expected a whole number from ${min} to ${max}, got ${describe(v)}`);
  }
  return v;
}

export function readEnum<T extends string>(v: Json, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) {
    throw new InputError(
      path,
      `expected one of ${values.map((x) => JSON.stringify(x)).join(', ')}, got ${describe(v)}`,
    );
  }
  return v as T;
}

/** A field that must be there. */
export function required(obj: Record<string, Json>, key: string, path: string): Json {
  if (!(key in obj) || obj[key] === undefined) throw new InputError(`${path}${key}`, 'is missing');
  return obj[key];
}

/** A field that may be absent or null: the reader runs only when it is there. */
export function optional<T>(
  obj: Record<string, Json>,
  key: string,
  read: (v: Json, path: string) => T,
  path: string,
): T | undefined {
  const v = obj[key];
  return v === undefined || v === null ? undefined : read(v, `${path}${key}`);
}
