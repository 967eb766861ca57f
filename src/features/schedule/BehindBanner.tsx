import { useState } from 'react';
import { plural } from '../../ui/format';
import { formatDay } from './schedule-format';

interface Props {
  behindDays: number;
  /** When the first item not done was due. */
  plannedDate: string | null;
  currentFinish: string | null;
  /** The finish date once the rest is laid out again from today. */
  newFinish: string | null;
  onReplan: () => void;
}

/** "You are N days behind" with a two-step re-plan: first show the new finish date, then apply. */
export function BehindBanner({ behindDays, plannedDate, currentFinish, newFinish, onReplan }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section className="notice behind" aria-labelledby="behind-heading">
      <h2 id="behind-heading">
        You are {plural(behindDays, 'day')} behind
      </h2>
      <p>
        {plannedDate ? `The next item was due on ${formatDay(plannedDate)}. ` : ''}
        Re-planning lays everything still to do out again from today; what you have done stays done.
      </p>
      {confirming ? (
        <div className="behind__confirm" role="group" aria-label="Confirm re-plan">
          <p data-testid="replan-preview">
            New finish date: <strong>{newFinish ? formatDay(newFinish) : 'none'}</strong>
            {currentFinish ? ` (now ${formatDay(currentFinish)})` : ''}
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
