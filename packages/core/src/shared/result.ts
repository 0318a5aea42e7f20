/**
 * A business outcome that may be refused. Domain functions return this instead of throwing, so a
 * caller (the till, the server, the CLI) must decide what to show; `throw` is kept for bugs.
 */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
