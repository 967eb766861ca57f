import type { OrderEntry } from '../../domain/order/types';
import { isEntryDone } from '../../domain/progress/progress-ids';
import type { ProgressLookup } from '../../domain/progress/progress-ids';
import { entryName } from '../../ui/entry-text';
import { formatMinutes } from '../../ui/format';
import type { AgendaDay } from './agenda-days';
import { formatDay, overrunText } from './schedule-format';

interface Props {
  planName: string;
  days: readonly AgendaDay[];
  lookup: ProgressLookup;
  isHidden: (entry: OrderEntry) => boolean;
}

/**
 * What is left of the plan as a paper checklist, every item named. Rendered only while printing
 * (see usePrinting): a long plan is hundreds of days the screen never needs.
 */
export function PrintChecklist({ planName, days, lookup, isHidden }: Props) {
  return (
    <div className="print-checklist">
      <h2>{planName}: checklist</h2>
      {days
        .filter((day) => day.items.length > 0)
        .map((day) => (
          <section key={day.date} className="print-checklist__day">
            <h3>
              {formatDay(day.date)} · {formatMinutes(day.minutes)}
            </h3>
            <ul>
              {day.items.map(({ entry, source, minutes }) => {
                const done = isEntryDone(entry, lookup);
                return (
                  <li key={entry.id}>
                    <span className="print-checklist__box">{done ? '☑' : '☐'}</span> {entryName(entry, isHidden(source) && !done)}{' '}
                    <span className="print-checklist__minutes">({formatMinutes(minutes)})</span>
                  </li>
                );
              })}
            </ul>
            {day.overrun && <p className="print-checklist__note">{overrunText(day.overrun, day.budget)}</p>}
          </section>
        ))}
    </div>
  );
}
