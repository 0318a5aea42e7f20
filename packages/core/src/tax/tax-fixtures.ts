import { dec } from '../money/decimal.ts';
import type { Currency } from '../money/currency.ts';
import type { Tax, TaxAmountType } from './tax.ts';

/** Test helpers: a tax with sensible defaults, and the currencies the tests use. */
export function makeTax(
  id: string,
  amountType: TaxAmountType,
  amount: string | number,
  extra: Partial<Tax> = {},
): Tax {
  return {
    id,
    name: id,
    amount_type: amountType,
    amount: dec(amount),
    price_include: false,
    include_base_amount: false,
    is_base_affected: true,
    sequence: 1,
    children: [],
    ...extra,
  };
}

export const EUR: Currency = { code: 'EUR', decimals: 2 };
export const JPY: Currency = { code: 'JPY', decimals: 0 };
