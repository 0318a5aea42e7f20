import { useState } from 'react';
import type { TillEmployee } from '@till/core';
import { useKeyboard } from '../../device/use-keyboard.ts';
import { useApp } from '../../state/hooks.ts';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', '0', '⌫'] as const;

/** The PIN keypad; the physical keyboard works too (digits, Backspace, Enter). */
export function PinPad({ employee, onBack }: { employee: TillEmployee; onBack: () => void }) {
  const app = useApp();
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (value = pin) => {
    if (busy) return;
    setBusy(true);
    const problem = await app.unlock(employee, value);
    setBusy(false);
    if (problem) {
      setError(problem);
      setPin('');
    }
  };

  const press = (key: string) => {
    setError(null);
    if (key === 'C') setPin('');
    else if (key === '⌫' || key === 'Backspace') setPin((p) => p.slice(0, -1));
    else if (/^[0-9]$/.test(key)) setPin((p) => (p.length < 12 ? p + key : p));
    else if (key === 'Enter') void submit();
    else if (key === 'Escape') onBack();
  };

  useKeyboard({
    // A badge scanned here still unlocks; digits typed fast and Enter are a PIN.
    onScan: (code) => {
      if (app.unlockWithBadge(code)) return;
      if (/^[0-9]{1,12}$/.test(code)) void submit(code);
    },
    onKey: press,
  });

  return (
    <section className="card pin-card">
      <h1>{employee.name}</h1>
      <p className="muted">Type your PIN</p>
      <div className="pin-dots" aria-label={`${pin.length} digits typed`}>
        {Array.from({ length: Math.max(4, pin.length) }, (_, i) => (
          <span key={i} className={i < pin.length ? 'pin-dot pin-dot-on' : 'pin-dot'} />
        ))}
      </div>
      <p className="error-text pin-error" role="alert">
        {error ?? ''}
      </p>
      <div className="pin-keys">
        {KEYS.map((k) => (
          <button
            key={k}
            onClick={() => press(k)}
            aria-label={k === '⌫' ? 'Backspace' : k === 'C' ? 'Clear' : k}
          >
            {k}
          </button>
        ))}
      </div>
      <div className="pin-actions">
        <button className="btn-big" onClick={onBack}>
          Back
        </button>
        <button className="btn-primary btn-big" onClick={() => void submit()} disabled={busy}>
          {busy ? 'Checking…' : 'Unlock'}
        </button>
      </div>
    </section>
  );
}
