import { Type, type Static } from '@sinclair/typebox';
import { PAYMENT_METHOD_KINDS } from '../../db/schema/index.ts';
import { ListQuery } from '../../http/list-query.ts';
import { Id, InstantOut, Name, Nullable, OneOf } from '../../http/schemas.ts';

const fields = {
  name: Name(),
  kind: OneOf(PAYMENT_METHOD_KINDS, { description: 'cash, bank (card…) or pay_later (customer account)' }),
  receivable_account_code: Nullable(Type.String({ maxLength: 64 })),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  active: Type.Boolean(),
};

export const PaymentMethodSchema = Type.Object({
  id: Id,
  ...fields,
  created_at: InstantOut,
  updated_at: InstantOut,
});
export type PaymentMethod = Static<typeof PaymentMethodSchema>;

export const NewPaymentMethodBody = Type.Composite(
  [
    Type.Pick(Type.Object(fields), ['name', 'kind']),
    Type.Partial(Type.Omit(Type.Object(fields), ['name', 'kind'])),
  ],
  { additionalProperties: false },
);
export const PaymentMethodChangesBody = Type.Partial(Type.Object(fields), { additionalProperties: false });
export const PaymentMethodQuery = ListQuery;
