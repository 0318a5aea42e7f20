import { Type, type Static } from '@sinclair/typebox';
import { Page } from '../http/list-query.ts';
import { Id, Nullable, OneOf } from '../http/schemas.ts';

export const SALES_GROUPS = [
  'hour',
  'day',
  'month',
  'shop',
  'session',
  'cashier',
  'product',
  'category',
  'payment_method',
] as const;
export type SalesGroup = (typeof SALES_GROUPS)[number];

export const SalesQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Sold at or after (an instant)' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Sold before (an instant)' })),
  shop_id: Type.Optional(Id),
  session_id: Type.Optional(Id),
  employee_id: Type.Optional(Id),
  product_id: Type.Optional(Id),
  category_id: Type.Optional(Id),
  payment_method_id: Type.Optional(Id),
  group_by: Type.Optional(OneOf(SALES_GROUPS, { description: 'Default: day' })),
  format: Type.Optional(OneOf(['json', 'csv'] as const)),
});
export type SalesQuery = Static<typeof SalesQuery>;

const Money = Type.String({ examples: ['12.00'] });
const Figures = {
  orders: Type.Integer({ description: 'Distinct orders (refunds are orders too)' }),
  quantity: Nullable(
    Type.String({ description: 'Units or kg sold, refunds negative; null by payment method' }),
  ),
  total_excluded: Nullable(Money),
  total_included: Nullable(Money),
};

export const SalesRow = Type.Object({
  key: Type.String({
    description: 'The group: "2026-11-22", "2026-11-22T10:00", "2026-11", or an id ("none" when unset)',
  }),
  label: Type.String(),
  currency: Type.String(),
  ...Figures,
});

export const SalesReport = Type.Object({
  group_by: OneOf(SALES_GROUPS),
  currency: Nullable(
    Type.String({
      description: 'The one currency of the rows; null when shops of several currencies are in',
    }),
  ),
  rows: Type.Array(SalesRow),
  totals: Type.Object(Figures, {
    description: 'Amounts are null when several currencies are in: see totals_by_currency',
  }),
  totals_by_currency: Type.Array(Type.Object({ currency: Type.String(), ...Figures })),
});

export const StockQuery = Type.Object({
  shop_id: Type.Optional(Id),
  q: Type.Optional(
    Type.String({ maxLength: 200, description: 'Part of the product’s name, reference or lot' }),
  ),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const StockPage = Page(
  Type.Object({
    product_id: Id,
    product_name: Type.String(),
    default_code: Nullable(Type.String()),
    lot: Type.String(),
    quantity: Type.String(),
    uom: Type.String(),
  }),
);
