import { SPOILER_WINDOW } from '../../ui/spoiler-window';

export interface CalendarChoices {
  /** Also write the days you finished items on, as past events. */
  includeDone: boolean;
  /** Name items past the spoiler window by code alone: reminders show titles long before you get there. */
  hideFarTitles: boolean;
}

interface Props {
  choices: CalendarChoices;
  onChange: (choices: CalendarChoices) => void;
}

/** What goes into the calendar file; folded, with the current choices in its summary. */
export function CalendarOptions({ choices, onChange }: Props) {
  const summary = [choices.includeDone ? 'with what you have done' : 'upcoming days only', choices.hideFarTitles ? 'spoiler-safe titles' : 'all titles'].join(' · ');
  return (
    <details className="ics-options">
      <summary>
        Calendar file: <span className="ics-options__current">{summary}</span>
      </summary>
      <label className="toggle">
        <input type="checkbox" checked={choices.includeDone} onChange={(event) => onChange({ ...choices, includeDone: event.target.checked })} />
        Add what you have done, as past events
      </label>
      <label className="toggle">
        <input type="checkbox" checked={choices.hideFarTitles} onChange={(event) => onChange({ ...choices, hideFarTitles: event.target.checked })} />
        Leave out the titles of episodes more than {SPOILER_WINDOW} items ahead (spoiler safety)
      </label>
    </details>
  );
}
