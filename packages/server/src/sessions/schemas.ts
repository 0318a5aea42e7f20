import { Type } from '@sinclair/typebox';
import { SESSION_STATES } from '../db/schema/index.ts';
import { DecimalString, Id, InstantOut, Nullable, OneOf } from '../http/schemas.ts';
import { Page } from '../http/list-query.ts';

export const SessionSchema = Type.Object({
  id: Id,
  shop_id: Id,
  name: Type.String(),
  state: OneOf(SESSION_STATES),
  rescue: Type.Boolean(),
  rescue_for_session_id: Nullable(Id),
  cash_control: Type.Boolean(),
  opening_cash: Type.String(),
  opened_by: Nullable(Id),
  opened_at: Nullable(InstantOut),
  closed_at: Nullable(InstantOut),
  closing_notes: Type.String(),
});

export const OpenSessionBody = Type.Object(
  {
    opening_cash: DecimalString({ description: 'The cash counted in the drawer' }),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const CashMoveBody = Type.Object(
  {
    type: OneOf(['in', 'out'] as const),
    amount: DecimalString({ description: 'Positive; the type gives the direction' }),
    reason: Type.String({ minLength: 1, maxLength: 500 }),
  },
  { additionalProperties: false },
);

export const CloseBody = Type.Object(
  {
    counted: Type.Record(Type.String({ pattern: '^[0-9]+$' }), DecimalString(), {
      description: 'Counted amount per payment method id',
    }),
    notes: Type.Optional(Type.String({ maxLength: 5000 })),
    confirm_difference: Type.Optional(Type.Boolean()),
    employee_id: Type.Optional(Id),
    drafts: Type.Optional(
      OneOf(['refuse', 'cancel'] as const, { description: 'What to do with unpaid orders left open' }),
    ),
  },
  { additionalProperties: false },
);

export const SessionListQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

/** A session in the all-shops list: with its shop's name and who opened and closed it. */
export const SessionListItem = Type.Object({
  ...SessionSchema.properties,
  closed_by: Nullable(Id),
  shop_name: Type.String(),
  opened_by_name: Nullable(Type.String()),
  closed_by_name: Nullable(Type.String()),
});

export const AllSessionsQuery = Type.Object({
  shop_id: Type.Optional(Id),
  state: Type.Optional(OneOf(SESSION_STATES)),
  rescue: Type.Optional(
    Type.Boolean({ description: 'Only rescue sessions (true) or only ordinary ones (false)' }),
  ),
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Opened at or after' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Opened at or before' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export const SessionPage = Page(SessionListItem);
