import type { CatalogResource } from '../crud-routes.ts';
import {
  NewPaymentMethodBody,
  PaymentMethodChangesBody,
  PaymentMethodQuery,
  PaymentMethodSchema,
} from './schemas.ts';
import {
  createPaymentMethod,
  deletePaymentMethod,
  findPaymentMethod,
  listPaymentMethods,
  updatePaymentMethod,
} from './service.ts';

export const paymentMethodResource: CatalogResource<
  typeof PaymentMethodSchema,
  typeof NewPaymentMethodBody,
  typeof PaymentMethodChangesBody,
  typeof PaymentMethodQuery
> = {
  path: '/api/payment-methods',
  noun: 'payment method',
  searches: 'name',
  item: PaymentMethodSchema,
  newBody: NewPaymentMethodBody,
  changesBody: PaymentMethodChangesBody,
  query: PaymentMethodQuery,
  list: listPaymentMethods,
  find: findPaymentMethod,
  create: createPaymentMethod,
  update: updatePaymentMethod,
  remove: deletePaymentMethod,
};
