import { useEffect, useLayoutEffect, useRef } from 'react';
import { useUndoStore } from '../store/undo-store';

const SHOW_MS = 8000;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && !(target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
}

/** Scrolls the focused element (its whole row, in a list) up above `toast` when the toast would cover it. */
function keepClear(toast: HTMLElement | null) {
  const focused = document.activeElement;
  if (!toast || !(focused instanceof HTMLElement) || focused === document.body || toast.contains(focused)) return;
  const target = focused.closest('li, tr') ?? focused;
  const covered = target.getBoundingClientRect();
  const box = toast.getBoundingClientRect();
  const overlapsX = covered.left < box.right && box.left < covered.right;
  if (overlapsX && covered.bottom > box.top - 8 && covered.top < box.bottom) window.scrollBy({ top: covered.bottom - box.top + 16, behavior: 'instant' });
}

/** "Marked … — Undo" after each change; Ctrl/Cmd+Z anywhere outside a text field undoes too. */
export function UndoToast() {
  const last = useUndoStore((s) => s.last);
  const serial = useUndoStore((s) => s.serial);
  const undoLast = useUndoStore((s) => s.undoLast);
  const clear = useUndoStore((s) => s.clear);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isTextField(event.target)) {
        if (!useUndoStore.getState().last) return;
        event.preventDefault();
        useUndoStore.getState().undoLast();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(clear, SHOW_MS);
    return () => clearTimeout(timer);
  }, [last, serial, clear]);

  // The toast must never cover what the keyboard is on (a row near the bottom of the window): lift the page.
  const toast = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (last) keepClear(toast.current);
  }, [last, serial]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {last && (
        <div className="toast" ref={toast}>
          <span>{last.label}</span>
          <button type="button" className="button button--small" onClick={undoLast}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
