import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import './dialog.css';

/**
 * A modal over the screen. Escape or the backdrop closes it (unless `locked`); focus goes to the
 * first field. The screen behind ignores the keyboard while it is open (`data-dialog-open`).
 */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  /** 520 px by default; `medium` 680 px, `wide` 900 px. */
  size?: 'medium' | 'wide';
  locked?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const { onClose, locked } = props;
  useEffect(() => {
    document.body.dataset.dialogOpen = String(Number(document.body.dataset.dialogOpen ?? 0) + 1);
    const first = ref.current?.querySelector<HTMLElement>('input, textarea, select, [data-autofocus]');
    first?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !locked) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      const left = Number(document.body.dataset.dialogOpen ?? 1) - 1;
      if (left > 0) document.body.dataset.dialogOpen = String(left);
      else delete document.body.dataset.dialogOpen;
    };
  }, [onClose, locked]);
  // In document.body: a dialog opened from the header must not take the header's styles.
  return createPortal(
    <div
      className="dialog-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && !locked && onClose()}
    >
      <div
        className={`dialog card${props.size ? ` dialog-${props.size}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        ref={ref}
      >
        <header className="dialog-head">
          <h2>{props.title}</h2>
          {!locked && (
            <button className="btn-ghost dialog-x" onClick={onClose} aria-label="Close">
              ×
            </button>
          )}
        </header>
        <div className="dialog-body">{props.children}</div>
        {props.footer && <footer className="dialog-foot">{props.footer}</footer>}
      </div>
    </div>,
    document.body,
  );
}

export function isDialogOpen(): boolean {
  return document.body.dataset.dialogOpen !== undefined;
}
