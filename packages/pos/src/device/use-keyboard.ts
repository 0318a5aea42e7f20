import { useEffect, useRef } from 'react';
import { isDialogOpen } from '../components/dialog/Dialog.tsx';
import { KeyRouter } from './key-router.ts';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Listens to the keyboard anywhere on the screen: scans from a barcode scanner go to `onScan`,
 * other keys to `onKey`. Keys typed into a field, with a modifier, or while a dialog is open are
 * left alone (a field handles its own Enter).
 */
export function useKeyboard(
  handlers: { onScan: (code: string) => void; onKey?: (key: string) => void },
  enabled = true,
): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const router = new KeyRouter({
      onScan: (code) => latest.current.onScan(code),
      onKey: (key) => latest.current.onKey?.(key),
    });
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
      if (isEditable(e.target) || isDialogOpen()) return;
      if (e.key.length !== 1 && !['Enter', 'Backspace', 'Delete', 'Escape'].includes(e.key)) return;
      if (router.handle(e.key)) e.preventDefault();
    };
    // A tap right after typing must come after the keys typed, not before them.
    const onPointerDown = () => router.flush();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown, true);
      router.flush();
    };
  }, [enabled]);
}
