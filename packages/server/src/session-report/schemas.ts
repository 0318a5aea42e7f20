import { Type } from '@sinclair/typebox';
import { SESSION_STATES } from '../db/schema/index.ts';
import { Id, InstantOut, Nullable, OneOf } from '../http/schemas.ts';

const Money = Type.String({ description: 'Decimal string in the shop’s currency', examples: ['12.00'] });
const MethodKind = OneOf(['cash', 'bank', 'pay_later'] as const);

const ReportSession = Type.Object({
  id: Id,
  name: Type.String(),
  shop_id: Id,
  shop_name: Type.String(),
  state: OneOf(SESSION_STATES),
  rescue: Type.Boolean(),
  rescue_for_session_id: Nullable(Id),
  cash_control: Type.Boolean(),
  opened_at: Nullable(InstantOut),
  opened_by: Nullable(Id),
  opened_by_name: Nullable(Type.String()),
  closed_at: Nullable(InstantOut),
  closed_by: Nullable(Id),
  closed_by_name: Nullable(Type.String()),
  opening_notes: Type.String(),
  closing_notes: Type.String(),
});

const Payment = Type.Object({
  method_id: Id,
  name: Type.String(),
  kind: MethodKind,
  count: Type.Integer(),
  amount: Money,
});

const CashMove = Type.Object({
  id: Id,
  type: OneOf(['in', 'out'] as const),
  amount: Money,
  reason: Type.String(),
  at: InstantOut,
  by: Nullable(Type.String()),
});

const Control = Type.Object({
  method_id: Id,
  name: Type.String(),
  kind: MethodKind,
  expected: Money,
  counted: Nullable(Money),
  difference: Nullable(Money),
  cash: Type.Optional(Type.Object({ opening: Money, payments: Money, cash_in: Money, cash_out: Money })),
});

export const SessionReportSchema = Type.Object({
  currency: Type.String(),
  currency_decimals: Type.Integer(),
  session: ReportSession,
  orders_count: Type.Integer(),
  orders_total: Money,
  payments: Type.Array(Payment),
  cash_moves: Type.Array(CashMove),
  control: Type.Array(Control, {
    description: 'Per payment method: expected, and once closed what was counted and the difference',
  }),
  draft_orders: Type.Array(Type.Object({ id: Id, receipt_number: Type.String(), total_due: Money })),
  journal_entry: Nullable(
    Type.Object({
      id: Id,
      ref: Type.String(),
      posted_at: InstantOut,
      lines: Type.Array(
        Type.Object({
          account_code: Type.String(),
          account_name: Type.String(),
          label: Type.String(),
          debit: Money,
          credit: Money,
        }),
      ),
    }),
  ),
  stock_moves: Type.Array(
    Type.Object({
      id: Id,
      product_id: Id,
      product_name: Type.String(),
      lot: Type.String(),
      quantity: Type.String({ description: 'Positive: the direction is from → to' }),
      from: Type.String(),
      to: Type.String(),
      order_line_id: Nullable(Id),
      at: InstantOut,
    }),
  ),
});

export const ZReportSchema = Type.Object({
  shop: Type.Object({ id: Id, name: Type.String() }),
  currency: Type.String(),
  session: ReportSession,
  period: Type.Object({ from: Nullable(InstantOut), to: Nullable(InstantOut) }),
  orders: Type.Object({ count: Type.Integer(), total: Money }),
  sales_by_tax: Type.Array(
    Type.Object({ tax_id: Type.Integer(), name: Type.String(), base: Money, amount: Money }),
  ),
  payments: Type.Array(Payment),
  cash_control: Type.Array(Control),
  differences: Type.Array(Type.Object({ method_id: Id, name: Type.String(), difference: Money })),
  refunds: Type.Object({ count: Type.Integer(), total: Money }),
  discounts: Type.Object({
    line_count: Type.Integer(),
    line_amount: Money,
    global_count: Type.Integer(),
    global_amount: Money,
  }),
  cash_moves: Type.Array(CashMove),
  closing_notes: Type.String(),
});
