import { err, ok, type Result } from '@till/core';

/**
 * Why a request gave nothing: the network, or an answer with an error status. The server's error
 * body is `{ error: code, message, field? }`; a form shows `message` beside `field` when it is set.
 */
export type ApiFailure =
  | { readonly type: 'network'; readonly message: string }
  | {
      readonly type: 'http';
      readonly status: number;
      readonly code: string;
      readonly message: string;
      readonly field?: string;
    };

export type ApiResult<T> = Result<T, ApiFailure>;

export interface HttpClientOptions {
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  readonly timeoutMs?: number;
  /** Called when the session cookie is no longer accepted (logged out elsewhere, expired). */
  readonly onUnauthorized?: () => void;
}

/**
 * The only door to the server. JSON in and out, the HTTP-only session cookie sent by the browser,
 * the CSRF token from login added to every change. Answers a Result, never throws.
 */
export class HttpClient {
  private csrfToken: string | null = null;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  onUnauthorized: (() => void) | undefined;

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? '';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.onUnauthorized = options.onUnauthorized;
  }

  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  get<T>(path: string): Promise<ApiResult<T>> {
    return this.send<T>('GET', path);
  }
  post<T>(path: string, body: unknown): Promise<ApiResult<T>> {
    return this.send<T>('POST', path, body);
  }
  patch<T>(path: string, body: unknown): Promise<ApiResult<T>> {
    return this.send<T>('PATCH', path, body);
  }
  delete<T>(path: string): Promise<ApiResult<T>> {
    return this.send<T>('DELETE', path);
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetchImpl(this.baseUrl + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (e) {
      return err(networkFailure(e));
    }
    if (!response.ok) {
      const failure = await httpFailure(response);
      if (failure.type === 'http' && failure.status === 401 && !path.startsWith('/api/auth/'))
        this.onUnauthorized?.();
      return err(failure);
    }
    if (response.status === 204) return ok(undefined as T);
    try {
      return ok((await response.json()) as T);
    } catch (e) {
      return err(networkFailure(e));
    }
  }
}

function networkFailure(e: unknown): ApiFailure {
  const name = e instanceof Error ? e.name : '';
  return {
    type: 'network',
    message: name === 'TimeoutError' ? 'The server did not answer in time.' : 'The server cannot be reached.',
  };
}

export async function httpFailure(response: Response): Promise<ApiFailure> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    // not JSON: keep the status only
  }
  const message = typeof body.message === 'string' ? body.message : `The server answered ${response.status}.`;
  if (response.status === 502 || response.status === 504) return { type: 'network', message };
  return {
    type: 'http',
    status: response.status,
    code: typeof body.error === 'string' ? body.error : `http_${response.status}`,
    message,
    ...(typeof body.field === 'string' ? { field: body.field } : {}),
  };
}

/** The message for one form field, when the failure names it. */
export function fieldError(failure: ApiFailure | null | undefined, field: string): string | undefined {
  if (!failure || failure.type !== 'http') return undefined;
  return failure.field === field ? failure.message : undefined;
}
