import { memo, useState, type MouseEvent } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { useEntryDone } from '../../store/progress-selectors';
import { setEntriesDone } from '../../store/progress-actions';
import { checkboxLabel, entryName, revealText, kindChip } from '../../ui/entry-text';
import { formatMinutes } from '../../ui/format';

interface Props {
  entry: OrderEntry;
  index: number;
  /** Past the spoiler window: the title and the reason's plot words stay hidden until revealed. */
  spoilerHidden: boolean;
  threadColors: readonly string[];
  onMarkUpTo: (index: number) => void;
}

/** Buttons that remove themselves when pressed hand keyboard focus back to the row's checkbox. */
function focusRowCheckbox(element: HTMLElement) {
  element.closest('.row')?.querySelector<HTMLInputElement>('.row__check')?.focus({ preventScroll: true });
}

/** A tap or click on the row's text selects the row (focus, which shows its actions) without ticking it. */
function selectRow(event: MouseEvent<HTMLDivElement>) {
  const target = event.target as HTMLElement;
  if (target.closest('button, a, input, label')) return;
  focusRowCheckbox(target);
}

/**
 * One item of the order, on one line on wide screens and two on a phone. Memoised and subscribed to its own
 * done state only. The checkbox is the row's single focus stop (the list moves it, see OrderList); the row's
 * actions stay out of the Tab order and are reached with → from the checkbox, or shown on hover.
 */
export const OrderRow = memo(function OrderRow({ entry, index, spoilerHidden, threadColors, onMarkUpTo }: Props) {
  const done = useEntryDone(entry);
  const [revealed, setRevealed] = useState(false);
  const hidden = spoilerHidden && !revealed && !done;
  const name = entryName(entry, hidden);
  const reveal = hidden ? revealText(entry) : null;
  const reasonId = `reason-${index}`;
  return (
    <div className={`row${done ? ' row--done' : ''}`} data-kind={entry.kind} onClick={selectRow}>
      <span className="row__threads" aria-hidden="true">
        {threadColors.map((color) => (
          <span key={color} style={{ background: color }} />
        ))}
      </span>
      <label className="row__hit">
        <input
          type="checkbox"
          className="row__check"
          data-row-index={index}
          checked={done}
          aria-label={checkboxLabel(entry, hidden)}
          aria-describedby={reasonId}
          onChange={(event) => setEntriesDone([entry], event.target.checked, `${event.target.checked ? 'Marked' : 'Unmarked'} ${name}`)}
        />
      </label>
      <span className="row__num" aria-hidden="true">
        {index + 1}
      </span>
      <span className="row__title">
        <span className={`kind kind--${entry.kind}`}>{kindChip(entry)}</span>
        <span className="row__name">{name}</span>
      </span>
      <p className="row__reason" id={reasonId}>
        {hidden ? (entry.safeReason ?? 'Details hidden until you get closer (spoiler safety).') : entry.reason}
      </p>
      <span className="row__minutes">
        {entry.approximate ? '≈ ' : ''}
        {formatMinutes(entry.minutes)}
      </span>
      <span className="row__actions">
        {!done && index > 0 && (
          <button
            type="button"
            className="row__action row__upto"
            tabIndex={-1}
            title="Marks this item and every item before it in the plan’s order as done (Shift+X)"
            onClick={(event) => {
              focusRowCheckbox(event.currentTarget);
              onMarkUpTo(index);
            }}
            aria-label={`Done up to here: ${name}`}
          >
            Done up to here
          </button>
        )}
        {reveal && (
          <button
            type="button"
            className="row__action"
            tabIndex={-1}
            onClick={(event) => {
              focusRowCheckbox(event.currentTarget);
              setRevealed(true);
            }}
            aria-label={`${reveal}: ${name}`}
          >
            {reveal}
          </button>
        )}
      </span>
    </div>
  );
});
