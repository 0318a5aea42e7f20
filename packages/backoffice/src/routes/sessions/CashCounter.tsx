import { useState } from 'react';
import { formatMoney } from '../../format/money.ts';
import { countDrawer } from './closing-form.ts';

interface Props {
  readonly denominations: readonly string[];
  readonly currency: string;
  readonly decimals: number;
  /** The counted total and its breakdown, for the cash field and the notes. */
  readonly onUse: (total: string, notes: string) => void;
}

/** Count the drawer coin by coin, bill by bill: the total goes into the counted cash. */
export function CashCounter({ denominations, currency, decimals, onUse }: Props) {
  const [typed, setTyped] = useState<Record<string, string>>({});
  const counted = countDrawer(denominations, typed, decimals);
  const money = (amount: string) => formatMoney(amount, currency, undefined, decimals);
  return (
    <div className="cash-counter" role="group" aria-label="Coins and bills">
      <div className="denominations">
        {denominations.map((value) => (
          <label key={value} className="denomination">
            <span>{money(value)}</span>
            <input
              inputMode="numeric"
              aria-label={`Number of ${money(value)}`}
              aria-invalid={!counted.ok && counted.denomination === value ? true : undefined}
              value={typed[value] ?? ''}
              placeholder="0"
              onChange={(e) => setTyped({ ...typed, [value]: e.target.value })}
            />
          </label>
        ))}
      </div>
      <div className="counter-total">
        {counted.ok ? (
          <>
            <span>
              Total <strong>{money(counted.total)}</strong>
            </span>
            <button type="button" onClick={() => onUse(counted.total, counted.notes)}>
              Use this count
            </button>
          </>
        ) : (
          <span className="field-error">Count whole coins and bills of {money(counted.denomination)}.</span>
        )}
      </div>
    </div>
  );
}
