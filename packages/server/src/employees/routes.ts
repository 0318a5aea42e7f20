import { Type } from '@sinclair/typebox';
import { firstLock } from '../auth/failure-limiter.ts';
import { requireShopAccess, requireUser } from '../auth/guards.ts';
import type { RouteModule } from '../context.ts';
import { EMPLOYEE_ROLES } from '../db/schema/index.ts';
import { sendError, sendTooManyAttempts } from '../errors/send-error.ts';
import { errorResponses, Id, IdParams, OneOf } from '../http/schemas.ts';
import { checkEmployeePin } from './service.ts';

const EmployeeLoginBody = Type.Object(
  {
    employee_id: Id,
    pin: Type.String({ maxLength: 32, description: 'Empty for an employee without a PIN.' }),
  },
  { additionalProperties: false },
);
const EmployeeLoginResponse = Type.Object({
  ok: Type.Literal(true),
  employee: Type.Object({ id: Id, name: Type.String(), role: OneOf(EMPLOYEE_ROLES) }),
});

/**
 * POST /api/shops/:id/employee-login: the cashier at a till (already logged in as a back-office
 * user with rights on the shop) types their PIN. After 5 wrong PINs for one employee, or 20 from
 * one address, further tries get 429 for 60 s, right PIN or not.
 */
export const employeeRoutes: RouteModule = (app, ctx) => {
  app.post(
    '/api/shops/:id/employee-login',
    {
      preHandler: [requireUser(), requireShopAccess(ctx, 'id')],
      schema: {
        summary: 'Check an employee’s PIN at a till',
        tags: ['employees'],
        params: IdParams,
        body: EmployeeLoginBody,
        response: { 200: EmployeeLoginResponse, ...errorResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const employeeKey = `employee:${request.body.employee_id}`;
      const addressKey = `ip:${request.ip}`;
      const { pinPerEmployee, perAddress } = ctx.limiters;
      const lock = firstLock(pinPerEmployee.check(employeeKey), perAddress.check(addressKey));
      if (lock.locked) return sendTooManyAttempts(reply, lock.retryAfterSeconds);
      const result = await checkEmployeePin(
        ctx.db,
        request.params.id,
        request.body.employee_id,
        request.body.pin,
      );
      if (!result.ok) {
        pinPerEmployee.fail(employeeKey);
        perAddress.fail(addressKey);
        return sendError(reply, result.error);
      }
      pinPerEmployee.succeed(employeeKey);
      return { ok: true as const, employee: result.value };
    },
  );
};
