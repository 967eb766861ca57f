import { memo, useState } from 'react';
import type { OrderEntry } from '../../domain/order/types';
import { useEntryDone } from '../../store/progress-selectors';
import { setEntriesDone } from '../../store/progress-actions';
import { checkboxLabel, entryName, kindChip } from '../../ui/entry-text';
import { formatMinutes } from '../../ui/format';
import { formatDay, overrunText } from './schedule-format';
import type { AgendaDay } from './agenda-days';

/** How many days are drawn before "Show more": long plans run to hundreds of days. */
const FIRST_DAYS = 60;

interface Props {
  /** Today (or the start date) onwards: the schedule holds no past days. */
  days: readonly AgendaDay[];
  today: string;
  /** Titles of entries this far past your position stay hidden (spoiler safety). */
  isHidden: (entry: OrderEntry) => boolean;
}

/** Day-by-day list of what is left, today marked, each item ticked off in place. */
export function AgendaView({ days, today, isHidden }: Props) {
  const [limit, setLimit] = useState(FIRST_DAYS);
  const coming = days.filter((day) => day.items.length > 0 || day.done.length > 0 || day.date === today);
  const shown = coming.slice(0, limit);
  return (
    <div className="agenda">
      {shown.map((day) => (
        <DaySection key={day.date} day={day} isToday={day.date === today} isHidden={isHidden} />
      ))}
      {coming.length > shown.length && (
        <button type="button" className="button agenda__more" onClick={() => setLimit((n) => n + FIRST_DAYS)}>
          Show {Math.min(FIRST_DAYS, coming.length - shown.length)} more days
        </button>
      )}
      {coming.length === 0 && <p className="muted">Nothing is scheduled.</p>}
    </div>
  );
}

function DaySection({ day, isToday, isHidden }: { day: AgendaDay; isToday: boolean; isHidden: (entry: OrderEntry) => boolean }) {
  const headingId = `day-${day.date}`;
  return (
    <section className={`day${isToday ? ' day--today' : ''}`} aria-labelledby={headingId} aria-current={isToday ? 'date' : undefined}>
      <h3 id={headingId} className="day__heading">
        {isToday && <span className="day__today">Today</span>} <span>{formatDay(day.date)}</span>{' '}
        {day.items.length > 0 && <span className="day__minutes">{formatMinutes(day.minutes)}</span>}
      </h3>
      {day.items.length > 0 ? (
        <ul className="day__items">
          {day.items.map((item) => (
            <AgendaItem key={item.entry.id} entry={item.entry} minutes={item.minutes} hidden={isHidden(item.source)} />
          ))}
        </ul>
      ) : (
        <p className="muted day__empty">{day.done.length > 0 ? 'Today’s share is done.' : 'Nothing planned today.'}</p>
      )}
      {day.overrun && <p className="day__note">{overrunText(day.overrun, day.budget)}</p>}
      {day.done.length > 0 && (
        <div className="day__done">
          <p className="day__done-title">
            Done today <span className="day__minutes">{formatMinutes(day.spent)}</span>
          </p>
          <ul className="day__items">
            {day.done.map((item) => (
              <AgendaItem key={item.entry.id} entry={item.entry} minutes={item.minutes} hidden={false} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

const AgendaItem = memo(function AgendaItem({ entry, minutes, hidden }: { entry: OrderEntry; minutes: number; hidden: boolean }) {
  const done = useEntryDone(entry);
  const concealed = hidden && !done;
  const name = entryName(entry, concealed);
  return (
    <li className={`agenda-item${done ? ' agenda-item--done' : ''}`}>
      <input
        type="checkbox"
        checked={done}
        aria-label={checkboxLabel(entry, concealed)}
        onChange={(event) => setEntriesDone([entry], event.target.checked, `${event.target.checked ? 'Marked' : 'Unmarked'} ${name}`)}
      />
      <span className={`kind kind--${entry.kind}`}>{kindChip(entry)}</span>
      <span className="agenda-item__name">{name}</span>
      <span className="agenda-item__minutes">
        {entry.approximate ? '≈ ' : ''}
        {formatMinutes(minutes)}
      </span>
    </li>
  );
});
