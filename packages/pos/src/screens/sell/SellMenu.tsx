import { useEffect, useRef, useState } from 'react';
import { CashMoveDialog } from '../../components/cash-move/CashMoveDialog.tsx';
import { useApp, useAppState, useOrdersState } from '../../state/hooks.ts';
import { Dialog } from '../../components/dialog/Dialog.tsx';
import { Icon } from '../../components/icon/Icon.tsx';

/** The cashier's name (tap to lock) and the menu: orders, cash in/out, close the session. */
export function SellMenu() {
  const app = useApp();
  const { employee } = useAppState();
  const [open, setOpen] = useState(false);
  const [cashMove, setCashMove] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const { drafts, currentUid } = useOrdersState();
  const current = drafts.find((o) => o.uid === currentUid) ?? null;
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  const pick = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <>
      <button onClick={() => app.lockTill()} title="Lock the till and switch cashier">
        <Icon name="lock" />
        {employee?.name ?? 'Lock'}
      </button>
      <div className="menu" ref={menu}>
        <button
          onClick={() => setOpen((o) => !o)}
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label="Menu"
        >
          ☰
        </button>
        {open && (
          <div className="menu-list card" role="menu">
            <button role="menuitem" onClick={pick(() => app.go({ name: 'orders' }))}>
              Orders
            </button>
            <button role="menuitem" onClick={pick(() => setCashMove(true))}>
              Cash in / out
            </button>
            <button role="menuitem" onClick={pick(() => setCancelling(true))} disabled={!current}>
              Cancel this order
            </button>
            <button role="menuitem" onClick={pick(() => app.go({ name: 'closing' }))}>
              Close session
            </button>
          </div>
        )}
      </div>
      {cashMove && <CashMoveDialog onClose={() => setCashMove(false)} />}
      {cancelling && current && (
        <Dialog
          title={`Cancel ${current.receipt_number}?`}
          onClose={() => setCancelling(false)}
          footer={
            <>
              <button onClick={() => setCancelling(false)}>Keep it</button>
              <button
                className="btn-danger"
                onClick={() => {
                  setCancelling(false);
                  void app.orders.cancel(current.uid);
                }}
              >
                Cancel the order
              </button>
            </>
          }
        >
          <p>
            {current.lines.length} line{current.lines.length === 1 ? '' : 's'}, not paid. The cancelled order
            stays on this device, marked cancelled.
          </p>
        </Dialog>
      )}
    </>
  );
}
