import { Type, type Static } from '@sinclair/typebox';
import { EMPLOYEE_ROLES } from '../db/schema/index.ts';
import { Id, Name, Nullable, OneOf } from '../http/schemas.ts';
import { MESSAGE_KEYWORD } from '../http/validation.ts';

const fields = {
  name: Name(),
  role: OneOf(EMPLOYEE_ROLES),
  shop_ids: Type.Array(Id, { uniqueItems: true, description: 'The shops where the employee may sell' }),
  badge_barcode: Nullable(Type.String({ minLength: 1, maxLength: 64 })),
  active: Type.Boolean(),
  /** Write-only: stored hashed, never answered. */
  pin: Nullable(
    Type.String({
      pattern: '^[0-9]{4,8}$',
      [MESSAGE_KEYWORD]: 'must be 4 to 8 digits',
      description: 'Write-only; null removes it',
    }),
  ),
};

export const EmployeeSchema = Type.Object(
  {
    id: Id,
    name: Type.String(),
    role: OneOf(EMPLOYEE_ROLES),
    shop_ids: Type.Array(Id),
    badge_barcode: Nullable(Type.String()),
    active: Type.Boolean(),
    has_pin: Type.Boolean(),
    created_at: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
    updated_at: Type.Unsafe<Date>({ type: 'string', format: 'date-time' }),
  },
  { title: 'Employee' },
);
export type Employee = Static<typeof EmployeeSchema>;

export const NewEmployeeBody = Type.Composite(
  [Type.Pick(Type.Object(fields), ['name']), Type.Partial(Type.Omit(Type.Object(fields), ['name']))],
  { additionalProperties: false },
);
export type NewEmployee = Static<typeof NewEmployeeBody>;

export const EmployeeChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export type EmployeeChanges = Static<typeof EmployeeChangesBody>;
