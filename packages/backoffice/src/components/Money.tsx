import { formatMoney } from '../format/money.ts';

/** An amount with its currency, in tabular digits; negative amounts are marked. */
export function Money({ amount, currency }: { amount: string | null | undefined; currency: string }) {
  const negative = typeof amount === 'string' && amount.startsWith('-');
  return <span className={negative ? 'money negative' : 'money'}>{formatMoney(amount, currency)}</span>;
}
