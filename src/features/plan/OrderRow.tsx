import { memo, useState } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { useEntryDone } from '../../store/progress-selectors';
import { setEntriesDone } from '../../store/progress-actions';
import { checkboxLabel, entryName } from '../../ui/entry-text';
import { formatMinutes } from '../../ui/format';

interface Props {
  entry: OrderEntry;
  index: number;
  /** Past the spoiler window: the title and the reason's plot words stay hidden until revealed. */
  spoilerHidden: boolean;
  threadColors: readonly string[];
  onMarkUpTo: (index: number) => void;
}

/** These buttons remove themselves when pressed: keep keyboard focus on the row, at its checkbox. */
function focusRowCheckbox(button: HTMLElement) {
  button.closest('.row')?.querySelector<HTMLInputElement>('.row__check')?.focus();
}

/** One item of the order. Memoised and subscribed to its own done state only. */
export const OrderRow = memo(function OrderRow({ entry, index, spoilerHidden, threadColors, onMarkUpTo }: Props) {
  const done = useEntryDone(entry);
  const [revealed, setRevealed] = useState(false);
  const hidden = spoilerHidden && !revealed && !done;
  const name = entryName(entry, hidden);
  const reasonId = `reason-${index}`;
  return (
    <div className={`row${done ? ' row--done' : ''}`} data-kind={entry.kind}>
      <span className="row__threads" aria-hidden="true">
        {threadColors.map((color) => (
          <span key={color} style={{ background: color }} />
        ))}
      </span>
      <input
        type="checkbox"
        className="row__check"
        data-row-index={index}
        checked={done}
        aria-label={checkboxLabel(entry, hidden)}
        aria-describedby={reasonId}
        onChange={(event) => setEntriesDone([entry], event.target.checked, `${event.target.checked ? 'Marked' : 'Unmarked'} ${name}`)}
      />
      <div className="row__body">
        <div className="row__title">
          <span className={`kind kind--${entry.kind}`}>{entry.kind === 'episode' ? 'TV' : 'Book'}</span>
          <span className="row__name">{name}</span>
          {hidden && (
            <button
              type="button"
              className="link-button"
              onClick={(event) => {
                focusRowCheckbox(event.currentTarget);
                setRevealed(true);
              }}
              aria-label={`Reveal the title of ${name}`}
            >
              reveal
            </button>
          )}
        </div>
        <p className="row__reason" id={reasonId}>
          {hidden ? (entry.safeReason ?? 'Details hidden until you get closer (spoiler safety).') : entry.reason}
        </p>
      </div>
      <div className="row__side">
        <span className="row__minutes">
          {entry.approximate ? '≈ ' : ''}
          {formatMinutes(entry.minutes)}
        </span>
        {!done && index > 0 && (
          <button
            type="button"
            className="link-button row__upto"
            onClick={(event) => {
              focusRowCheckbox(event.currentTarget);
              onMarkUpTo(index);
            }}
            aria-label={`Mark everything up to ${name} as done`}
          >
            done up to here
          </button>
        )}
      </div>
    </div>
  );
});
