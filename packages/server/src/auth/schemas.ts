import { Type } from '@sinclair/typebox';
import { Id, InstantOut, Name, OneOf } from '../http/schemas.ts';
import { USER_ROLES } from '../db/schema/index.ts';

export const AuthUserSchema = Type.Object({
  id: Id,
  login: Type.String(),
  name: Type.String(),
  role: OneOf(USER_ROLES),
});

export const LoginBody = Type.Object(
  {
    login: Type.String({ minLength: 1, maxLength: 200 }),
    password: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);

export const LoginResponse = Type.Object({
  user: AuthUserSchema,
  csrf_token: Type.String({ description: 'Send it back in the x-csrf-token header with every change.' }),
});

export const MeResponse = Type.Object({
  user: AuthUserSchema,
  via: OneOf(['cookie', 'bearer'] as const),
  csrf_token: Type.Optional(Type.String()),
});

export const NewTokenBody = Type.Object(
  {
    name: Name({ maxLength: 100, description: 'What the token is for, e.g. "nightly export".' }),
    expires_in_days: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);

const TokenFields = {
  id: Id,
  name: Type.String(),
  created_at: InstantOut,
  expires_at: Type.Union([InstantOut, Type.Null()]),
};

export const NewTokenResponse = Type.Object({
  ...TokenFields,
  token: Type.String({ description: 'Shown only now: send it as `Authorization: Bearer <token>`.' }),
});

export const TokenList = Type.Array(
  Type.Object({ ...TokenFields, last_used_at: Type.Union([InstantOut, Type.Null()]) }),
);
