import { useEffect } from 'react';
import { useUndoStore } from '../store/undo-store';

const SHOW_MS = 8000;

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) && !(target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
}

/**
 * The toast must never cover what the keyboard is on (a row near the bottom of the window): bring the focused
 * row into view, which keeps it above the bottom scroll padding the stylesheet reserves for the toast.
 */
function keepFocusClear() {
  const focused = document.activeElement;
  if (!(focused instanceof HTMLElement) || focused === document.body || focused.closest('.toast-region')) return;
  (focused.closest('li, tr') ?? focused).scrollIntoView?.({ block: 'nearest' });
}

/** "Marked … — Undo" after each change; Ctrl/Cmd+Z anywhere outside a text field undoes the last changes, one by one. */
export function UndoToast() {
  const last = useUndoStore((s) => s.last);
  const serial = useUndoStore((s) => s.serial);
  const undoLast = useUndoStore((s) => s.undoLast);
  const clear = useUndoStore((s) => s.clear);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z' && !isTextField(event.target)) {
        // The history outlives the toast: Ctrl/Cmd+Z walks back through the last changes at any time.
        if (useUndoStore.getState().history.length === 0) return;
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

  // In the next frame, not in the change's task: finding where the row is needs a layout, which the frame
  // computes anyway (a layout effect would force one more while the click is handled).
  useEffect(() => {
    if (!last) return;
    const frame = requestAnimationFrame(keepFocusClear);
    return () => cancelAnimationFrame(frame);
  }, [last, serial]);

  return (
    <div className="toast-region" role="status" aria-live="polite">
      {last && (
        <div className="toast">
          <span>{last.label}</span>
          <button type="button" className="button button--small" onClick={undoLast}>
            Undo
          </button>
        </div>
      )}
    </div>
  );
}
