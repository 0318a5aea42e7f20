import type { NumpadKey } from './numpad-input.ts';
import './numpad.css';

export interface NumpadSideButton {
  readonly label: string;
  readonly onClick: () => void;
  readonly active?: boolean;
  readonly disabled?: boolean;
  readonly title?: string;
}

const ROWS: readonly (readonly NumpadKey[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['+/-', '0', '.'],
];

/**
 * The keypad: digits, +/-, the decimal separator (shown as the locale's), backspace; four side
 * buttons (Qty / % Disc / Price on the selling screen, +10 / +20 / +50 when paying).
 */
export function Numpad(props: {
  onKey: (key: NumpadKey) => void;
  side: readonly NumpadSideButton[];
  disabled?: boolean;
}) {
  const separator = (1.5).toLocaleString().includes(',') ? ',' : '.';
  return (
    <div className="numpad" role="group" aria-label="Keypad">
      {ROWS.map((row, r) => (
        <div className="numpad-row" key={r}>
          {row.map((k) => (
            <button
              key={k}
              className="numpad-key"
              disabled={props.disabled}
              onClick={() => props.onKey(k)}
              aria-label={k === '.' ? 'Decimal separator' : k}
            >
              {k === '.' ? separator : k}
            </button>
          ))}
          {r < 3 && <Side button={props.side[r]} />}
          {r === 3 && (
            <button
              className="numpad-key numpad-back"
              disabled={props.disabled}
              onClick={() => props.onKey('Backspace')}
              aria-label="Backspace"
            >
              ⌫
            </button>
          )}
        </div>
      ))}
      {props.side[3] && (
        <div className="numpad-row numpad-extra">
          <Side button={props.side[3]} />
        </div>
      )}
    </div>
  );
}

function Side({ button }: { button: NumpadSideButton | undefined }) {
  if (!button) return <span />;
  return (
    <button
      className={`numpad-key numpad-side${button.active ? ' numpad-active' : ''}`}
      onClick={button.onClick}
      disabled={button.disabled}
      title={button.title}
      aria-pressed={button.active}
    >
      {button.label}
    </button>
  );
}
