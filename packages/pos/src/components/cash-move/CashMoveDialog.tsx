import { useState } from 'react';
import { formatAmount, parseDecimal } from '@till/core';
import { useApp } from '../../state/hooks.ts';
import { Dialog } from '../dialog/Dialog.tsx';

/** Cash put in or taken out of the drawer, with a reason; the server records it (online only). */
export function CashMoveDialog({ onClose }: { onClose: () => void }) {
  const app = useApp();
  const [type, setType] = useState<'in' | 'out'>('in');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const value = parseDecimal(amount);
  const valid = value !== undefined && value.gt(0) && reason.trim() !== '';

  const save = async () => {
    const session = app.session;
    if (!session || !value) return;
    setBusy(true);
    const answer = await app.api.cashMove(
      session.session.id,
      type,
      formatAmount(value, app.catalog.currency),
      reason.trim(),
    );
    setBusy(false);
    if (!answer.ok) {
      setError(
        answer.error.type === 'network'
          ? 'The server cannot be reached: a cash move needs the network. Try again when online.'
          : answer.error.message,
      );
      return;
    }
    app.notify(
      'info',
      `Cash ${type === 'in' ? 'in' : 'out'} of ${formatAmount(value, app.catalog.currency)} recorded.`,
    );
    onClose();
  };

  return (
    <Dialog
      title="Cash in / out"
      onClose={onClose}
      footer={
        <>
          <button onClick={onClose}>Discard</button>
          <button className="btn-primary" disabled={!valid || busy} onClick={() => void save()}>
            {busy ? 'Recording…' : 'Confirm'}
          </button>
        </>
      }
    >
      <div className="segmented" role="radiogroup" aria-label="Direction">
        <button
          role="radio"
          aria-checked={type === 'in'}
          className={type === 'in' ? 'btn-primary' : ''}
          onClick={() => setType('in')}
        >
          Cash in
        </button>
        <button
          role="radio"
          aria-checked={type === 'out'}
          className={type === 'out' ? 'btn-primary' : ''}
          onClick={() => setType('out')}
        >
          Cash out
        </button>
      </div>
      <label>
        Amount
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </label>
      {amount !== '' && (value === undefined || !value.gt(0)) && (
        <p className="error-text">Type a positive amount, e.g. 20.00.</p>
      )}
      <label>
        Reason
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={200}
          placeholder="Change from the bank, paid the window cleaner…"
        />
      </label>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
