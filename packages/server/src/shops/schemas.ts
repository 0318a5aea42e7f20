import { Type, type Static } from '@sinclair/typebox';
import { CASH_ROUNDING_METHODS, CASH_ROUNDING_STRATEGIES, STOCK_UPDATES } from '../db/schema/index.ts';
import { DecimalString, Id, Name, Nullable, OneOf } from '../http/schemas.ts';

/** The settings of a shop an admin may change (every one optional in a change). */
const settings = {
  name: Name(),
  currency_code: Type.String({
    pattern: '^[A-Z]{3}$',
    'x-message': 'must be an ISO 4217 code such as "EUR"',
  }),
  currency_decimals: Type.Integer({ minimum: 0, maximum: 4 }),
  cash_control: Type.Boolean(),
  max_closing_difference: DecimalString(),
  receipt_header: Type.String({ maxLength: 2000 }),
  receipt_footer: Type.String({ maxLength: 2000 }),
  restaurant_mode: Type.Boolean(),
  tips_enabled: Type.Boolean(),
  cash_rounding: Type.Boolean(),
  cash_rounding_precision: DecimalString(),
  cash_rounding_method: OneOf(CASH_ROUNDING_METHODS),
  cash_rounding_strategy: OneOf(CASH_ROUNDING_STRATEGIES),
  cash_rounding_cash_only: Type.Boolean(),
  stock_update: OneOf(STOCK_UPDATES),
  default_pricelist_id: Nullable(Id),
  default_fiscal_position_id: Nullable(Id),
  allow_price_change: Type.Boolean(),
  denominations: Type.Array(DecimalString(), { maxItems: 50 }),
  active: Type.Boolean(),
  pricelist_ids: Type.Array(Id, { uniqueItems: true }),
  fiscal_position_ids: Type.Array(Id, { uniqueItems: true }),
  payment_method_ids: Type.Array(Id, { uniqueItems: true }),
  time_zone: Nullable(
    Type.String({
      maxLength: 64,
      description: 'IANA time zone of the shop ("Europe/Paris") for its days and hours; null: the server’s',
    }),
  ),
};

/** Whether the runtime (and so PostgreSQL, which knows the same IANA names) knows this zone. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The shop's running session, for the dashboards: New Session, Continue Selling, or closing. */
const RunningSession = Type.Union([
  Type.Object({
    id: Id,
    name: Type.String(),
    state: Type.String(),
    opened_by: Type.Union([Id, Type.Null()]),
    opened_at: Type.Union([Type.Unsafe<Date>({ type: 'string', format: 'date-time' }), Type.Null()]),
  }),
  Type.Null(),
]);

export const ShopSchema = Type.Object({ id: Id, ...settings, session: RunningSession });
export type Shop = Static<typeof ShopSchema>;

export const NewShopBody = Type.Composite(
  [Type.Pick(Type.Object(settings), ['name']), Type.Partial(Type.Omit(Type.Object(settings), ['name']))],
  {
    additionalProperties: false,
  },
);
export type NewShop = Static<typeof NewShopBody>;

export const ShopChangesBody = Type.Partial(Type.Object(settings), { additionalProperties: false });
export type ShopChanges = Static<typeof ShopChangesBody>;
