import type { App, AppContext } from '../context.ts';
import { SESSION_COOKIE } from './principal.ts';
import { resolvePrincipal } from './service.ts';

/** Reads the bearer token from `Authorization: Bearer …`. */
function bearerOf(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/**
 * Sets `request.principal` on every request that carries a session cookie or a bearer token
 * (null otherwise). Deciding what the principal may do is the guards' job (guards.ts).
 */
export function authenticate(app: App, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    const cookieToken = request.cookies[SESSION_COOKIE];
    const bearerToken = bearerOf(request.headers.authorization);
    if (!cookieToken && !bearerToken) return;
    request.principal = await resolvePrincipal(ctx.db, { cookieToken, bearerToken }, ctx.now());
  });
}
