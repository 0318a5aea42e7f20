import { err, ok, type Result } from '@till/core';

/**
 * Why a request did not give what was asked: the network (offline, timeout, server down) or an
 * answer with an error status. The server's error body is `{ error: code, message, ...details }`.
 */
export type ApiFailure =
  | { readonly type: 'network'; readonly message: string }
  | {
      readonly type: 'http';
      readonly status: number;
      readonly code: string;
      readonly message: string;
      readonly body: Readonly<Record<string, unknown>>;
    };

export type ApiResult<T> = Result<T, ApiFailure>;

export interface HttpClientOptions {
  /** Same origin in production; tests pass their own. */
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** A request that hangs (a Wi-Fi without a route) counts as offline after this long. */
  readonly timeoutMs?: number;
}

export interface RequestOptions {
  readonly body?: unknown;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * The only door to the server. JSON in and out, the session cookie sent by the browser, the CSRF
 * token added to every change. Never throws for a refusal or a network failure: it answers a
 * Result, so each caller decides what the cashier sees.
 */
export class HttpClient {
  private csrfToken: string | null = null;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  hasCsrfToken(): boolean {
    return this.csrfToken !== null;
  }

  get<T>(path: string, options: RequestOptions = {}): Promise<ApiResult<T>> {
    return this.json<T>('GET', path, options);
  }

  post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<ApiResult<T>> {
    return this.json<T>('POST', path, { ...options, body });
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<ApiResult<T>> {
    return this.json<T>('PUT', path, { ...options, body });
  }

  /** The raw response, for streams (the load). Error statuses are turned into failures. */
  async stream(path: string, signal?: AbortSignal): Promise<ApiResult<Response>> {
    try {
      const response = await this.fetchImpl(this.baseUrl + path, {
        credentials: 'same-origin',
        headers: { accept: 'application/x-ndjson' },
        signal: signal ?? null,
      });
      if (!response.ok) return err(await httpFailure(response));
      return ok(response);
    } catch (e) {
      return err(networkFailure(e));
    }
  }

  private async json<T>(method: string, path: string, options: RequestOptions): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    const timeout = AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal,
      });
    } catch (e) {
      return err(networkFailure(e));
    }
    if (!response.ok) return err(await httpFailure(response));
    try {
      return ok((await response.json()) as T);
    } catch (e) {
      // A proxy's HTML error page, or a connection cut mid-answer.
      return err(networkFailure(e));
    }
  }
}

function networkFailure(e: unknown): ApiFailure {
  const name = e instanceof Error ? e.name : '';
  const message =
    name === 'TimeoutError' ? 'The server did not answer in time.' : 'The server cannot be reached.';
  return { type: 'network', message };
}

async function httpFailure(response: Response): Promise<ApiFailure> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON: keep the status only
  }
  const code = typeof body.error === 'string' ? body.error : `http_${response.status}`;
  const message =
    typeof body.message === 'string'
      ? body.message
      : `The server answered ${response.status} ${response.statusText}.`;
  // A gateway that cannot reach the server is the network, not a refusal.
  if (response.status === 502 || response.status === 504) return { type: 'network', message };
  return { type: 'http', status: response.status, code, message, body };
}

/** One sentence for the cashier. */
export function describeFailure(failure: ApiFailure): string {
  return failure.message;
}
