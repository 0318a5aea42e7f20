/** SQLSTATE codes we act on (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SQL_STATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  /** Deleting a row an ON DELETE RESTRICT reference names (PGlite answers this one, not 23503). */
  restrictViolation: '23001',
  checkViolation: '23514',
} as const;

/** The SQLSTATE of a database error, also when Drizzle wraps it (`DrizzleQueryError.cause`). */
export function sqlStateOf(error: unknown): string | undefined {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 4;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && /[0-9]/.test(code)) return code;
  }
  return undefined;
}
