import { useState } from 'react';
import { countCash, dec, describeCashCountError, type Currency, type Decimal } from '@till/core';
import { Dialog } from '../dialog/Dialog.tsx';
import { showMoney } from '../money/money.ts';
import './cash-counter.css';

/**
 * The coin and bill calculator: a count per denomination of the shop; core's `countCash` gives the
 * total and the breakdown that goes into the notes.
 */
export function CashCounter(props: {
  denominations: readonly string[];
  currency: Currency;
  onConfirm: (total: Decimal, breakdown: string) => void;
  onClose: () => void;
}) {
  const [counts, setCounts] = useState<Record<string, string>>({});
  // Largest first, whatever order the shop lists them in.
  const denominations = [...props.denominations].sort((a, b) => dec(b).comparedTo(dec(a)));
  const parsed = denominations.map((value) => ({
    value: dec(value),
    count: Number(counts[value] || '0'),
  }));
  const result = countCash(parsed, props.currency.decimals);
  const set = (value: string, text: string) =>
    setCounts((c) => ({ ...c, [value]: text.replace(/[^0-9]/g, '') }));
  const bump = (value: string, by: number) =>
    set(value, String(Math.max(0, Number(counts[value] || '0') + by)));

  return (
    <Dialog
      title="Count the cash"
      size="medium"
      onClose={props.onClose}
      footer={
        <>
          <button onClick={props.onClose}>Discard</button>
          <button
            className="btn-primary"
            disabled={!result.ok}
            onClick={() => result.ok && props.onConfirm(result.value.total, result.value.notes)}
          >
            Confirm
          </button>
        </>
      }
    >
      {denominations.length === 0 && (
        <p className="muted">This shop has no coins and bills set up: type the counted amount instead.</p>
      )}
      <div className="cash-grid">
        {denominations.map((value) => (
          <div className="cash-row" key={value}>
            <span className="cash-value money">{showMoney(value, props.currency)}</span>
            <button onClick={() => bump(value, -1)} aria-label={`One less ${value}`}>
              −
            </button>
            <input
              inputMode="numeric"
              value={counts[value] ?? ''}
              placeholder="0"
              onChange={(e) => set(value, e.target.value)}
              aria-label={`Number of ${value}`}
            />
            <button onClick={() => bump(value, 1)} aria-label={`One more ${value}`}>
              +
            </button>
          </div>
        ))}
      </div>
      <p className="cash-total">
        Total{' '}
        <strong className="money">{result.ok ? showMoney(result.value.total, props.currency) : '—'}</strong>
      </p>
      {!result.ok && <p className="error-text">{describeCashCountError(result.error)}</p>}
    </Dialog>
  );
}
