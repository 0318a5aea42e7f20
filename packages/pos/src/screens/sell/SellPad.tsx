import { Numpad } from '../../components/numpad/Numpad.tsx';
import type { NumpadKey } from '../../components/numpad/numpad-input.ts';
import type { PadMode } from './apply-pad-key.ts';

/** The keypad with its three modes and the Payment button. */
export function SellPad(props: {
  mode: PadMode;
  onMode: (mode: PadMode) => void;
  onKey: (key: NumpadKey) => void;
  hasLine: boolean;
  canChangePrice: boolean;
  canPay: boolean;
  onPay: () => void;
}) {
  const mode = (m: PadMode, label: string, disabled = false, title?: string) => ({
    label,
    active: props.mode === m,
    disabled,
    title,
    onClick: () => props.onMode(m),
  });
  return (
    <div className="sell-pad">
      <Numpad
        onKey={props.onKey}
        disabled={!props.hasLine}
        side={[
          mode('qty', 'Qty'),
          mode('discount', '% Disc'),
          mode(
            'price',
            'Price',
            !props.canChangePrice,
            props.canChangePrice ? undefined : 'Only a manager may change prices',
          ),
        ]}
      />
      <button className="btn-primary btn-big sell-pay" onClick={props.onPay} disabled={!props.canPay}>
        Payment
      </button>
    </div>
  );
}
