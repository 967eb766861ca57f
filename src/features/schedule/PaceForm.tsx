import { useId, useState } from 'react';
import type { Pace, WeekMinutes } from '../../domain/plan/plan';
import { isCalendarDate } from '../../domain/plan/plan-schema';
import { PACE_PRESETS, pacePresetOf } from '../../domain/schedule/pace-presets';
import { formatMinutes } from '../../ui/format';
import { WEEKDAYS } from './schedule-format';

const MAX_MINUTES = 1440;
const MAX_PAGES_PER_HOUR = 1000;

interface Props {
  pace: Pace;
  startDate: string;
  onChange: (pace: Pace, startDate: string) => void;
}

interface Draft {
  minutes: string[];
  pagesPerHour: string;
  startDate: string;
}

const draftOf = (pace: Pace, startDate: string): Draft => ({
  minutes: pace.minutesPerWeekday.map(String),
  pagesPerHour: String(pace.pagesPerHour),
  startDate,
});

/** A whole number within [min, max], or undefined. */
function wholeIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/**
 * Minutes per weekday, reading speed, start date and splitting. Every valid change is saved at
 * once (the schedule beside it updates as you type); an invalid field is flagged and not saved.
 */
export function PaceForm({ pace, startDate, onChange }: Props) {
  const [draft, setDraft] = useState(() => draftOf(pace, startDate));
  const id = useId();
  const [open] = useState(initiallyOpen);
  const splitReading = pace.splitReading ?? true;

  // Follow changes made elsewhere (a re-plan, another tab) unless the draft already says the same.
  // Adjusted while rendering, as React recommends for state derived from changed props.
  const [seen, setSeen] = useState({ pace, startDate });
  if (seen.pace !== pace || seen.startDate !== startDate) {
    setSeen({ pace, startDate });
    if (!sameAs(draft, pace, startDate)) setDraft(draftOf(pace, startDate));
  }

  const commit = (next: Draft, patch: Partial<Pace> = {}) => {
    setDraft(next);
    const minutes = next.minutes.map((text) => wholeIn(text, 0, MAX_MINUTES));
    const pagesPerHour = wholeIn(next.pagesPerHour, 1, MAX_PAGES_PER_HOUR);
    if (minutes.some((m) => m === undefined) || pagesPerHour === undefined || !isCalendarDate(next.startDate)) return;
    onChange({ ...pace, minutesPerWeekday: minutes as unknown as WeekMinutes, pagesPerHour, ...patch }, next.startDate);
  };

  const preset = pacePresetOf(pace);
  const pagesInvalid = wholeIn(draft.pagesPerHour, 1, MAX_PAGES_PER_HOUR) === undefined;
  const dateInvalid = !isCalendarDate(draft.startDate);
  return (
    <details className="pace" open={open}>
      <summary className="pace__summary">
        <h2 id={`${id}-heading`}>Pace</h2>
        <span className="pace__current">{describePace(pace)}</span>
      </summary>
      <form aria-labelledby={`${id}-heading`} onSubmit={(event) => event.preventDefault()}>
        <div className="pace__presets" role="group" aria-label="Quick presets">
          {PACE_PRESETS.map((option) => (
            <button
              key={option.id}
              type="button"
              className="button button--small"
              aria-pressed={preset?.id === option.id}
              onClick={() => commit({ ...draft, minutes: option.pace.minutesPerWeekday.map(String) })}
            >
              {option.label}
            </button>
          ))}
        </div>
        <fieldset className="pace__week">
          <legend>Minutes per day</legend>
          {WEEKDAYS.map(([short, long], day) => {
            const text = draft.minutes[day] ?? '';
            const invalid = wholeIn(text, 0, MAX_MINUTES) === undefined;
            return (
              <label key={short} className="pace__day">
                <span aria-hidden="true">{short}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={MAX_MINUTES}
                  step={5}
                  value={text}
                  aria-label={`${long}, minutes`}
                  aria-invalid={invalid || undefined}
                  onChange={(event) => commit({ ...draft, minutes: draft.minutes.map((m, i) => (i === day ? event.target.value : m)) })}
                />
              </label>
            );
          })}
          {draft.minutes.some((text) => wholeIn(text, 0, MAX_MINUTES) === undefined) && (
            <p className="form-error" role="alert">
              Minutes must be whole numbers from 0 to {MAX_MINUTES}.
            </p>
          )}
        </fieldset>
        <div className="pace__row">
          <label className="field">
            Reading speed (pages per hour)
            <input
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_PAGES_PER_HOUR}
              value={draft.pagesPerHour}
              aria-invalid={pagesInvalid || undefined}
              onChange={(event) => commit({ ...draft, pagesPerHour: event.target.value })}
            />
          </label>
          <label className="field">
            Start date
            <input
              type="date"
              value={draft.startDate}
              aria-invalid={dateInvalid || undefined}
              onChange={(event) => commit({ ...draft, startDate: event.target.value })}
            />
          </label>
        </div>
        {(pagesInvalid || dateInvalid) && (
          <p className="form-error" role="alert">
            {pagesInvalid ? `Reading speed must be a whole number from 1 to ${MAX_PAGES_PER_HOUR}. ` : ''}
            {dateInvalid ? 'Pick a start date.' : ''}
          </p>
        )}
        <label className="toggle">
          <input type="checkbox" checked={splitReading} onChange={(event) => commit(draft, { splitReading: event.target.checked })} />
          Split reading blocks across days (at chapter boundaries)
        </label>
        <p className="muted pace__note">Episodes are never split across days.</p>
      </form>
    </details>
  );
}

function sameAs(draft: Draft, pace: Pace, startDate: string): boolean {
  return (
    draft.startDate === startDate &&
    wholeIn(draft.pagesPerHour, 1, MAX_PAGES_PER_HOUR) === pace.pagesPerHour &&
    draft.minutes.every((text, day) => wholeIn(text, 0, MAX_MINUTES) === pace.minutesPerWeekday[day])
  );
}

/** Open beside the schedule on wide screens; folded on phones, where it would push the agenda down. */
function initiallyOpen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 761px)').matches;
}

/** "An hour a day · 40 pages/h" or "7 h a week · 40 pages/h". */
function describePace(pace: Pace): string {
  const preset = pacePresetOf(pace);
  const weekly = pace.minutesPerWeekday.reduce((sum, minutes) => sum + minutes, 0);
  return `${preset ? preset.label : `${formatMinutes(weekly)} a week`} · ${pace.pagesPerHour} pages/h`;
}
