import { http } from './client.ts';
import type { ApiResult } from './http.ts';
import type { LoginAnswer, User } from './types.ts';

export async function login(loginName: string, password: string): Promise<ApiResult<LoginAnswer>> {
  const r = await http.post<LoginAnswer>('/api/auth/login', { login: loginName, password });
  if (r.ok) http.setCsrfToken(r.value.csrf_token);
  return r;
}

/** Who the session cookie belongs to; a reload gets its CSRF token back here. */
export async function me(): Promise<ApiResult<{ user: User; csrf_token?: string }>> {
  const r = await http.get<{ user: User; csrf_token?: string }>('/api/auth/me');
  if (r.ok && r.value.csrf_token) http.setCsrfToken(r.value.csrf_token);
  return r;
}

export async function logout(): Promise<void> {
  await http.post('/api/auth/logout', {});
  http.setCsrfToken(null);
}
