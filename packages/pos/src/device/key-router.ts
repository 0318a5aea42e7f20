/**
 * A barcode scanner plugged in as a keyboard types the code very fast and ends with Enter.
 * The router tells that apart from a person typing: characters that follow each other within
 * `maxGapMs` and end with Enter, at least `minLength` of them, are one scan; anything else is
 * handed on key by key, a moment later (once it is clear no scan is coming). Timers are injected
 * so tests can drive time.
 */
export interface KeyRouterOptions {
  readonly onScan: (code: string) => void;
  readonly onKey: (key: string) => void;
  readonly maxGapMs?: number;
  readonly minLength?: number;
  readonly now?: () => number;
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

export class KeyRouter {
  private buffer: string[] = [];
  private lastAt = 0;
  private timer: unknown = null;
  private readonly maxGapMs: number;
  private readonly minLength: number;
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: KeyRouterOptions) {
    this.maxGapMs = options.maxGapMs ?? 50;
    this.minLength = options.minLength ?? 3;
    this.now = options.now ?? (() => performance.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  }

  /** A key as `KeyboardEvent.key`. Returns true when the router took it (prevent the default). */
  handle(key: string): boolean {
    const at = this.now();
    const quick = this.buffer.length > 0 && at - this.lastAt <= this.maxGapMs;
    if (key === 'Enter') {
      if (quick && this.buffer.length >= this.minLength) {
        const code = this.buffer.join('');
        this.reset();
        this.options.onScan(code);
        return true;
      }
      this.flush();
      this.options.onKey(key);
      return true;
    }
    if (key.length !== 1) {
      this.flush();
      this.options.onKey(key);
      return true;
    }
    if (!quick) this.flush();
    this.buffer.push(key);
    this.lastAt = at;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => this.flush(), this.maxGapMs + 10);
    return true;
  }

  /** Hands on what was typed as ordinary keys. */
  flush(): void {
    const keys = this.buffer;
    this.reset();
    for (const k of keys) this.options.onKey(k);
  }

  private reset(): void {
    this.buffer = [];
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }
}
