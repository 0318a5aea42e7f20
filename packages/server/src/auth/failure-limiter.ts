/**
 * Counts failed attempts (wrong PIN, wrong password) per key — an employee, a login, an IP
 * address — and locks a key for a while after too many. In memory: a restart forgets, and each
 * server process of a chain counts apart, which still bounds guessing to a few tries a minute.
 */
export interface FailureLimiterOptions {
  readonly maxFailures: number;
  readonly lockMs: number;
  readonly now?: () => number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
}

export type LimitCheck =
  { readonly locked: false } | { readonly locked: true; readonly retryAfterSeconds: number };

export class FailureLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: FailureLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Whether `key` is locked now, and for how long. */
  check(key: string): LimitCheck {
    const entry = this.entries.get(key);
    const now = this.now();
    if (!entry || entry.lockedUntil <= now) {
      if (entry && entry.lockedUntil !== 0) this.entries.delete(key); // the lock is over: start afresh
      return { locked: false };
    }
    return { locked: true, retryAfterSeconds: Math.ceil((entry.lockedUntil - now) / 1000) };
  }

  /** One more failure for `key`; locks it at the limit. */
  fail(key: string): void {
    const entry = this.entries.get(key) ?? { failures: 0, lockedUntil: 0 };
    entry.failures += 1;
    if (entry.failures >= this.options.maxFailures) entry.lockedUntil = this.now() + this.options.lockMs;
    this.entries.set(key, entry);
    if (this.entries.size > 10_000) this.forgetUnlocked();
  }

  /** A success: the key's failures are forgiven. */
  succeed(key: string): void {
    this.entries.delete(key);
  }

  private forgetUnlocked(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.lockedUntil <= now) this.entries.delete(key);
  }
}

/** The longest wait among several checks (employee and IP), or unlocked when none is locked. */
export function firstLock(...checks: LimitCheck[]): LimitCheck {
  let worst: LimitCheck = { locked: false };
  for (const c of checks)
    if (c.locked && (!worst.locked || c.retryAfterSeconds > worst.retryAfterSeconds)) worst = c;
  return worst;
}
