/**
 * One row of the list is "open": it shows its whole reason and its buttons (see plan.css). A row opens on a click
 * in it or on keyboard focus, never on a pointer's focus alone: focus moves at pointerdown, and a row folding up
 * at that moment would slide the pointer's target away before pointerup, so the click would land elsewhere.
 * The mark lives on the DOM (like the list's current row), so opening a row re-renders nothing.
 */
export function openRow(list: HTMLElement | null, row: Element | null | undefined): void {
  if (!list || !row || row.hasAttribute('data-open')) return;
  for (const other of list.querySelectorAll('.row[data-open]')) other.removeAttribute('data-open');
  row.setAttribute('data-open', '');
}

/** Whether focus reached this element from the keyboard (or from script right after a key press). */
export function focusedByKeyboard(element: Element): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return false; // an engine without :focus-visible: keep rows folded rather than risk a missed click
  }
}
