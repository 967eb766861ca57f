import { useEffect, type RefObject } from 'react';
import type { OrderListHandle } from './OrderList';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'datetime-local', 'month', 'time', 'week']);
/** Controls that Space already operates: it must keep doing so. */
const SPACE_OWNERS = 'a[href], button, input, select, textarea, summary, [role="button"], [role="checkbox"], [role="menuitem"], [role="option"], [role="radio"], [role="switch"], [role="tab"]';

/** A field that takes typed text: letter keys belong to it. */
export function takesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

/**
 * j, k, x, Shift+X and Space work as soon as the plan is open, with no Tab first: from anywhere on the page
 * outside the list they bring focus to the list's current row (the next unwatched one) and act on it. They
 * never take keys from a text field, a dialog, or (for Space) a control that Space operates.
 */
export function usePlanShortcuts(list: RefObject<OrderListHandle | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      if (takesText(target)) return;
      const element = target instanceof Element ? target : null;
      if (element?.closest('dialog, [role="dialog"]')) return;
      if (element?.closest('.order')) return; // the list handles its own keys
      const handle = list.current;
      if (!handle) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (key === 'j' || key === 'k') {
        event.preventDefault();
        handle.focusCurrent();
      } else if (key === 'x') {
        event.preventDefault();
        if (event.shiftKey) handle.markUpToCurrent();
        else handle.toggleCurrent();
      } else if (key === ' ' && !element?.closest(SPACE_OWNERS)) {
        event.preventDefault();
        handle.toggleCurrent();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list]);
}
