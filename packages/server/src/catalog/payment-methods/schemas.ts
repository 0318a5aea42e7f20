import { Type, type Static } from '@sinclair/typebox';
import { PAYMENT_METHOD_KINDS } from '../../db/schema/index.ts';
import { changesBody, newBody, recordSchema } from '../bodies.ts';
import { ListQuery } from '../../http/list-query.ts';
import { Name, Nullable, OneOf } from '../../http/schemas.ts';

const fields = {
  name: Name(),
  kind: OneOf(PAYMENT_METHOD_KINDS, { description: 'cash, bank (card…) or pay_later (customer account)' }),
  receivable_account_code: Nullable(Type.String({ maxLength: 64 })),
  sequence: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  active: Type.Boolean(),
};

export const PaymentMethodSchema = recordSchema(fields);
export type PaymentMethod = Static<typeof PaymentMethodSchema>;

export const NewPaymentMethodBody = newBody(fields, ['name', 'kind']);
export const PaymentMethodChangesBody = changesBody(fields);
export const PaymentMethodQuery = ListQuery;
