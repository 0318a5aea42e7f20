import { useId } from 'react';

interface Props {
  readonly label: string;
  readonly from: string;
  readonly to: string;
  readonly onChange: (changes: { from?: string; to?: string }) => void;
}

/** Two local days, from and to (inclusive), kept together under one label. */
export function DateRange({ label, from, to, onChange }: Props) {
  const id = useId();
  return (
    <div className="field date-range" role="group" aria-labelledby={id}>
      <span className="group-label" id={id}>
        {label}
      </span>
      <div className="date-range-inputs">
        <input
          type="date"
          aria-label={`${label} from`}
          value={from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
        <span className="muted">to</span>
        <input
          type="date"
          aria-label={`${label} to`}
          value={to}
          onChange={(e) => onChange({ to: e.target.value })}
        />
      </div>
    </div>
  );
}
