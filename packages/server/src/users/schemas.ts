import { Type } from '@sinclair/typebox';
import { USER_ROLES } from '../db/schema/index.ts';
import { Id, Name, OneOf } from '../http/schemas.ts';

const Password = Type.String({
  minLength: 8,
  maxLength: 1000,
  'x-message': 'must be a password of at least 8 characters',
});

export const UserSchema = Type.Object({
  id: Id,
  login: Type.String(),
  name: Type.String(),
  role: OneOf(USER_ROLES),
  active: Type.Boolean(),
  shop_ids: Type.Array(Id, { description: 'Shops a manager or cashier has rights on (admins: all).' }),
});

export const NewUserBody = Type.Object(
  {
    login: Name({ maxLength: 100 }),
    name: Name(),
    password: Password,
    role: OneOf(USER_ROLES),
    shop_ids: Type.Optional(Type.Array(Id, { uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const UserChangesBody = Type.Object(
  {
    name: Type.Optional(Name()),
    password: Type.Optional(Password),
    role: Type.Optional(OneOf(USER_ROLES)),
    active: Type.Optional(Type.Boolean()),
    shop_ids: Type.Optional(Type.Array(Id, { uniqueItems: true })),
  },
  { additionalProperties: false },
);
