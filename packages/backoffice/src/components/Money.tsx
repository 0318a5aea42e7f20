import { formatMoney } from '../format/money.ts';

interface Props {
  readonly amount: string | null | undefined;
  readonly currency: string;
  /** The currency's decimals, when the amount may carry more (a column's scale). */
  readonly decimals?: number;
}

/** An amount with its currency, in tabular digits; negative amounts are marked. */
export function Money({ amount, currency, decimals }: Props) {
  const negative = typeof amount === 'string' && amount.startsWith('-') && !/^-0*(\.0*)?$/.test(amount);
  return (
    <span className={negative ? 'money negative' : 'money'}>
      {formatMoney(amount, currency, undefined, decimals)}
    </span>
  );
}
