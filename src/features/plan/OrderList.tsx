import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { focusedByKeyboard, openRow } from './open-row';
import { OrderRow } from './OrderRow';

/** Lists longer than this are virtualised: only the rows near the viewport are in the DOM. */
export const VIRTUALIZE_ABOVE = 150;

/** What the page's keyboard shortcuts ask of the list when focus is elsewhere on the page. */
export interface OrderListHandle {
  /** Focuses the list's current row (the next unwatched one until the user moves). */
  focusCurrent: () => void;
  toggleCurrent: () => void;
  markUpToCurrent: () => void;
}

interface Props {
  entries: readonly OrderEntry[];
  /** Positions in `entries` of the rows to show (filters and "hide done" leave some out). */
  visible: readonly number[];
  firstUndone: number;
  spoilerSafety: boolean;
  threadColors: (entry: OrderEntry) => readonly string[];
  onMarkUpTo: (index: number) => void;
  /** Set by "jump to next" or a link to an item: the entry index to scroll to and focus. */
  focusRequest: { index: number; serial: number } | null;
  handle?: Ref<OrderListHandle>;
}

const ROW_SELECTOR = 'input[data-row-index]';

/** The row checkbox for an entry index, if rendered. */
function checkboxOf(list: HTMLElement | null, index: number): HTMLInputElement | null {
  return list?.querySelector<HTMLInputElement>(`input[data-row-index="${index}"]`) ?? null;
}

/**
 * The order as a list that is a single Tab stop (roving tabindex): j/k or ↓/↑ move between rows, Home/End
 * jump, x or Space ticks, Shift+X marks everything up to the row, → reaches the row's buttons. The current
 * row starts as the next unwatched one. Which row is current is kept on the DOM, not in React state, so
 * moving focus re-renders no row.
 */
export function OrderList({ entries, visible, firstUndone, spoilerSafety, threadColors, onMarkUpTo, focusRequest, handle }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtual = visible.length > VIRTUALIZE_ABOVE;
  /** Entry index of the row that holds the Tab stop; null until the user moves (then the next unwatched). */
  const chosen = useRef<number | null>(null);

  const currentIndex = useCallback((): number | undefined => {
    const picked = chosen.current;
    if (picked !== null && visible.includes(picked)) return picked;
    return visible.find((index) => index >= firstUndone) ?? visible[0];
  }, [visible, firstUndone]);

  // Reading offsetTop forces a layout: only the virtualised list needs it.
  useLayoutEffect(() => {
    if (virtual) setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [virtual]);
  // The current row is always rendered, even when scrolled far away, so Tab can always reach the list.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      const current = currentIndex();
      const position = current === undefined ? -1 : visible.indexOf(current);
      if (position >= 0 && !rows.includes(position)) rows.push(position);
      return rows.sort((a, b) => a - b);
    },
    [visible, currentIndex],
  );
  const virtualizer = useWindowVirtualizer({
    count: virtual ? visible.length : 0,
    estimateSize: () => 38,
    // A few rows beyond the window each way: enough for j/k and scrolling, and each rendered row costs work on
    // every bulk change (“done up to here” re-renders them all).
    overscan: 5,
    scrollMargin,
    rangeExtractor,
  });

  // One Tab stop: after every render, only the current row's checkbox is tabbable.
  useLayoutEffect(() => {
    const current = currentIndex();
    for (const box of listRef.current?.querySelectorAll<HTMLInputElement>(ROW_SELECTOR) ?? []) {
      const tabbable = Number(box.dataset.rowIndex) === current;
      if (box.tabIndex !== (tabbable ? 0 : -1)) box.tabIndex = tabbable ? 0 : -1;
    }
  });

  const focusRow = useCallback(
    (position: number, block: ScrollLogicalPosition = 'nearest') => {
      const clamped = Math.max(0, Math.min(visible.length - 1, position));
      const index = visible[clamped];
      if (index === undefined) return;
      const target = checkboxOf(listRef.current, index);
      if (target) {
        target.focus({ preventScroll: true });
        target.scrollIntoView?.({ block });
        return;
      }
      if (virtual) {
        chosen.current = index;
        virtualizer.scrollToIndex(clamped, { align: 'center' });
        requestAnimationFrame(() => requestAnimationFrame(() => checkboxOf(listRef.current, index)?.focus()));
      }
    },
    [visible, virtual, virtualizer],
  );

  const focusCurrent = useCallback(() => {
    const current = currentIndex();
    // Entering the list from elsewhere: bring the row to the middle of the window if it is out of sight.
    const box = current === undefined ? null : checkboxOf(listRef.current, current);
    const rect = box?.getBoundingClientRect();
    const inSight = rect && rect.top >= 0 && rect.bottom <= window.innerHeight;
    if (current !== undefined) focusRow(visible.indexOf(current), inSight ? 'nearest' : 'center');
  }, [currentIndex, focusRow, visible]);
  useImperativeHandle(
    handle,
    () => ({
      focusCurrent,
      toggleCurrent: () => {
        focusCurrent();
        const current = currentIndex();
        if (current !== undefined) checkboxOf(listRef.current, current)?.click();
      },
      markUpToCurrent: () => {
        focusCurrent();
        const current = currentIndex();
        if (current !== undefined) onMarkUpTo(current);
      },
    }),
    [focusCurrent, currentIndex, onMarkUpTo],
  );

  // With "hide done" on, ticking a row removes it: keep keyboard focus in the list, on the next row.
  const lastFocused = useRef<number | null>(null);
  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (last === null || visible.includes(last) || document.activeElement !== document.body) return;
    const next = visible.findIndex((index) => index > last);
    if (visible.length > 0) focusRow(next === -1 ? visible.length - 1 : next);
  }, [visible, focusRow]);

  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const box = (event.target as HTMLElement).closest('.row')?.querySelector<HTMLInputElement>(ROW_SELECTOR);
    if (!box) return;
    const index = Number(box.dataset.rowIndex);
    lastFocused.current = index;
    chosen.current = index;
    for (const other of listRef.current?.querySelectorAll<HTMLInputElement>(ROW_SELECTOR) ?? []) other.tabIndex = other === box ? 0 : -1;
    if (focusedByKeyboard(event.target)) openRow(listRef.current, box.closest('.row'));
  };
  const onClick = (event: MouseEvent<HTMLOListElement>) => openRow(listRef.current, (event.target as HTMLElement).closest('.row'));

  useLayoutEffect(() => {
    if (!focusRequest) return;
    const position = visible.indexOf(focusRequest.index);
    if (position >= 0) focusRow(position);
    // only when a new request arrives
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const row = target.closest('.row');
    const box = row?.querySelector<HTMLInputElement>(ROW_SELECTOR);
    if (!row || !box) return;
    const index = Number(box.dataset.rowIndex);
    const position = visible.indexOf(index);
    const onBox = target === box;
    const move = (to: number) => {
      event.preventDefault();
      focusRow(to);
    };
    // Letters are compared in lower case, so Caps Lock does not change what they do; Shift does.
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    switch (key) {
      case 'j':
      case 'ArrowDown':
        return move(position + 1);
      case 'k':
      case 'ArrowUp':
        return move(position - 1);
      case 'Home':
        return onBox ? move(0) : undefined;
      case 'End':
        return onBox ? move(visible.length - 1) : undefined;
      case 'x':
        event.preventDefault();
        if (event.shiftKey) onMarkUpTo(index);
        else box.click();
        if (!onBox) box.focus();
        return;
      case 'ArrowRight':
      case 'ArrowLeft': {
        // Within a row: checkbox ← → its buttons.
        const stops = [box, ...row.querySelectorAll<HTMLElement>('.row__action')];
        const at = stops.indexOf(target);
        const next = stops[at + (event.key === 'ArrowRight' ? 1 : -1)];
        if (at >= 0 && next) {
          event.preventDefault();
          next.focus();
        }
        return;
      }
    }
  };

  const row = (index: number) => {
    const entry = entries[index];
    if (!entry) return null;
    return (
      <OrderRow
        entry={entry}
        index={index}
        spoilerHidden={spoilerSafety && isPastSpoilerWindow(index, firstUndone)}
        threadColors={threadColors(entry)}
        onMarkUpTo={onMarkUpTo}
      />
    );
  };

  if (!virtual) {
    return (
      <ol className="order" ref={listRef} onKeyDown={onKeyDown} onFocus={onFocus}
      onClick={onClick} aria-label="Viewing and reading order">
        {visible.map((index) => (
          <li key={entries[index]?.id ?? index} className="order__item" value={index + 1}>
            {row(index)}
          </li>
        ))}
      </ol>
    );
  }
  const items = virtualizer.getVirtualItems();
  return (
    <ol
      className="order order--virtual"
      ref={listRef}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onClick={onClick}
      aria-label="Viewing and reading order"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => {
        const index = visible[item.index] ?? 0;
        return (
          <li
            key={entries[index]?.id ?? index}
            className="order__item"
            value={index + 1}
            data-index={item.index}
            ref={virtualizer.measureElement}
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row(index)}
          </li>
        );
      })}
    </ol>
  );
}
