import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { OrderRow } from './OrderRow';

/** Lists longer than this are virtualised: only the rows near the viewport are in the DOM. */
export const VIRTUALIZE_ABOVE = 150;

interface Props {
  entries: readonly OrderEntry[];
  /** Positions in `entries` of the rows to show (hide-done filters some out). */
  visible: readonly number[];
  firstUndone: number;
  spoilerSafety: boolean;
  threadColors: (entry: OrderEntry) => readonly string[];
  onMarkUpTo: (index: number) => void;
  /** Set by "jump to next": the entry index to scroll to and focus. */
  focusRequest: { index: number; serial: number } | null;
}

/** The order as a list; j/k move between rows, x toggles (space works natively on the checkbox). */
export function OrderList({ entries, visible, firstUndone, spoilerSafety, threadColors, onMarkUpTo, focusRequest }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const virtual = visible.length > VIRTUALIZE_ABOVE;
  // Reading offsetTop forces a layout: only the virtualised list needs it.
  useLayoutEffect(() => {
    if (virtual) setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, [virtual]);
  const virtualizer = useWindowVirtualizer({
    count: virtual ? visible.length : 0,
    estimateSize: () => 76,
    overscan: 8,
    scrollMargin,
  });

  const focusRow = useCallback(
    (position: number) => {
      const clamped = Math.max(0, Math.min(visible.length - 1, position));
      const find = () => listRef.current?.querySelector<HTMLInputElement>(`[data-row-index="${visible[clamped]}"]`);
      const target = find();
      if (target) {
        target.focus();
        target.scrollIntoView?.({ block: 'nearest' });
        return;
      }
      if (virtual) {
        virtualizer.scrollToIndex(clamped, { align: 'center' });
        requestAnimationFrame(() => requestAnimationFrame(() => find()?.focus()));
      }
    },
    [visible, virtual, virtualizer],
  );

  // With "hide done" on, checking a row removes it: keep keyboard focus in the list, on the next row.
  const lastFocused = useRef<number | null>(null);
  useLayoutEffect(() => {
    const last = lastFocused.current;
    if (last === null || visible.includes(last) || document.activeElement !== document.body) return;
    const next = visible.findIndex((index) => index > last);
    if (visible.length > 0) focusRow(next === -1 ? visible.length - 1 : next);
  }, [visible, focusRow]);
  const onFocus = (event: FocusEvent<HTMLOListElement>) => {
    const index = (event.target as HTMLElement).dataset.rowIndex;
    if (index !== undefined) lastFocused.current = Number(index);
  };

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
    if (!(target instanceof HTMLInputElement) || target.type !== 'checkbox' || target.dataset.rowIndex === undefined) return;
    const position = visible.indexOf(Number(target.dataset.rowIndex));
    if (event.key === 'j') {
      event.preventDefault();
      focusRow(position + 1);
    } else if (event.key === 'k') {
      event.preventDefault();
      focusRow(position - 1);
    } else if (event.key === 'x') {
      event.preventDefault();
      target.click();
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
      <ol className="order" ref={listRef} onKeyDown={onKeyDown} onFocus={onFocus} aria-label="Viewing and reading order">
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
