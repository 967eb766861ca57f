import { useState } from 'react';
import { plural } from '../../ui/format';
import { formatDay } from './schedule-format';

interface Props {
  behindDays: number;
  /** When the first item not done was due. */
  plannedDate: string;
  /** The finish date of the plan as set on its start date. */
  plannedFinish: string | null;
  /** The finish date of what is left, laid out from today. */
  newFinish: string | null;
  onReplan: () => void;
}

/** "N days behind your pace" with a two-step re-plan: first show what changes, then apply. */
export function BehindBanner({ behindDays, plannedDate, plannedFinish, newFinish, onReplan }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="notice behind" aria-labelledby="behind-heading">
      <h2 id="behind-heading">You are {plural(behindDays, 'day')} behind your pace</h2>
      <p>
        The next item was due on {formatDay(plannedDate)}. Re-planning makes today the plan’s start, so your pace counts from here;
        what you have done stays done.
      </p>
      {confirming ? (
        <div className="behind__confirm" role="group" aria-label="Confirm re-plan">
          <p data-testid="replan-preview">
            New finish date: <strong>{newFinish ? formatDay(newFinish) : 'none'}</strong>
            {plannedFinish ? ` (was ${formatDay(plannedFinish)})` : ''}
          </p>
          <div className="notice__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setConfirming(false);
                onReplan();
              }}
            >
              Apply the new plan
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="notice__actions">
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)}>
            Re-plan from today
          </button>
        </div>
      )}
    </section>
  );
}
