import type { FastifyReply } from 'fastify';
import type { AppContext, RouteModule } from '../context.ts';
import { sendError, sendTooManyAttempts } from '../errors/send-error.ts';
import { errorResponses, IdParams, OkResponse } from '../http/schemas.ts';
import { firstLock } from './failure-limiter.ts';
import { requireUser } from './guards.ts';
import { listTokens } from './queries.ts';
import {
  LoginBody,
  LoginResponse,
  MeResponse,
  NewTokenBody,
  NewTokenResponse,
  TokenList,
} from './schemas.ts';
import { createApiToken, logIn, logOut, SESSION_MAX_MS, revokeApiToken } from './service.ts';
import { SESSION_COOKIE } from './principal.ts';

const tags = ['auth'];

/** Login, logout, who am I, and bearer tokens for scripts. */
export const authRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        summary: 'Log in: sets the session cookie and returns the CSRF token',
        tags,
        security: [],
        body: LoginBody,
        response: { 200: LoginResponse, ...errorResponses(400, 401, 429) },
      },
    },
    async (request, reply) => {
      const loginKey = `login:${request.body.login.toLowerCase()}`;
      const addressKey = `ip:${request.ip}`;
      const lock = firstLock(
        ctx.limiters.passwordPerLogin.check(loginKey),
        ctx.limiters.perAddress.check(addressKey),
      );
      if (lock.locked) return sendTooManyAttempts(reply, lock.retryAfterSeconds);
      const result = await logIn(ctx.db, request.body.login, request.body.password, ctx.now());
      if (!result.ok) {
        ctx.limiters.passwordPerLogin.fail(loginKey);
        ctx.limiters.perAddress.fail(addressKey);
        return sendError(reply, result.error);
      }
      ctx.limiters.passwordPerLogin.succeed(loginKey);
      setSessionCookie(reply, ctx, result.value.cookieToken);
      return { user: result.value.user, csrf_token: result.value.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Log out (ends the cookie session)',
        tags,
        response: { 200: OkResponse, ...errorResponses(401, 403) },
      },
    },
    async (request, reply) => {
      if (request.principal?.via === 'cookie') await logOut(ctx.db, request.principal.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      preHandler: [requireUser()],
      schema: { summary: 'The logged-in user', tags, response: { 200: MeResponse, ...errorResponses(401) } },
    },
    async (request) => {
      const principal = request.principal!;
      return {
        user: principal.user,
        via: principal.via,
        ...(principal.via === 'cookie' ? { csrf_token: principal.csrfToken } : {}),
      };
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Create a bearer token for scripts (shown once)',
        tags,
        body: NewTokenBody,
        response: { 201: NewTokenResponse, ...errorResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const days = request.body.expires_in_days;
      const expiresAt = days === undefined ? null : new Date(ctx.now().getTime() + days * 86_400_000);
      const created = await createApiToken(ctx.db, request.principal!.user.id, request.body.name, expiresAt);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/auth/tokens',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'My bearer tokens (without their secret)',
        tags,
        response: { 200: TokenList, ...errorResponses(401) },
      },
    },
    async (request) => listTokens(ctx.db, request.principal!.user.id),
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      preHandler: [requireUser()],
      schema: {
        summary: 'Revoke one of my bearer tokens',
        tags,
        params: IdParams,
        response: { 200: OkResponse, ...errorResponses(401, 403, 404) },
      },
    },
    async (request, reply) => {
      const revoked = await revokeApiToken(ctx.db, request.principal!.user.id, request.params.id);
      return revoked
        ? { ok: true as const }
        : sendError(reply, 'not_found', { message: `You have no token ${request.params.id}.` });
    },
  );
};

function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    secure: ctx.cookieSecure,
    sameSite: 'strict',
    maxAge: SESSION_MAX_MS / 1000,
  });
}
