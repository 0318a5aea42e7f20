import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new secret token: 32 random bytes, URL-safe, with a prefix telling what it is (`till_…`). */
export function newToken(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * What we store of a session cookie or a bearer token: its SHA-256. Such tokens are random and
 * long, so a fast hash is enough (no guessing to slow down), and a leaked table opens nothing.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two strings without leaking where they differ through timing. */
export function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Prefix of bearer tokens, so a leaked one is recognisable (secret scanners, logs). */
export const BEARER_TOKEN_PREFIX = 'till_';
