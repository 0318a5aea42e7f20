import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords and PINs are kept as scrypt hashes (memory-hard: guessing costs memory, not only
 * time). The stored text carries its own parameters, so the cost can be raised later without
 * breaking old hashes: `scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>`.
 * Default cost N = 2^15, r = 8 (32 MiB, about 0.1 s): logins are also rate-limited.
 */
const DEFAULT_LOG_N = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const maxmem = 256 * (options.N ?? 0) * (options.r ?? BLOCK_SIZE) + 1024 * 1024;
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** The storable hash of a password or a PIN. */
export async function hashSecret(secret: string, logN = DEFAULT_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, { N: 2 ** logN, r: BLOCK_SIZE, p: PARALLELISM });
  return ['scrypt', logN, BLOCK_SIZE, PARALLELISM, salt.toString('base64'), key.toString('base64')].join('$');
}

/** True when `secret` is the one `stored` was made from (constant-time comparison). */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !logN || !r || !p || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(secret, Buffer.from(salt, 'base64'), {
    N: 2 ** Number(logN),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash that matches nothing, verified against when a login is unknown (same time as a real one). */
export const UNKNOWN_USER_HASH = `scrypt$${DEFAULT_LOG_N}$${BLOCK_SIZE}$${PARALLELISM}$AAAAAAAAAAAAAAAAAAAAAA==$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;
