import { useId, useMemo, useState } from 'react';
import { plural } from '../../ui/format';
import { formatDay, formatMonth, overrunText, WEEKDAYS } from './schedule-format';
import type { AgendaDay } from './agenda-days';

interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

interface Props {
  days: readonly AgendaDay[];
  today: string;
}

/** Runs of items a cell names before "+N more". */
const PARTS_PER_CELL = 3;

/** A month calendar naming each day's items with their minutes; moves a month at a time. */
export function MonthView({ days, today }: Props) {
  const byDate = useMemo(() => new Map(days.map((day) => [day.date, day])), [days]);
  const [shown, setShown] = useState(() => initialMonth(days, today));
  const captionId = useId();
  const weeks = monthWeeks(shown);
  const move = (delta: number) => setShown((m) => addMonths(m, delta));
  const planned = weeks.flat().filter((date) => date !== null && (byDate.get(date)?.items.length ?? 0) > 0).length;
  const anyOverrun = weeks.flat().some((date) => date !== null && byDate.get(date)?.overrun !== undefined);
  return (
    <div className="month">
      <div className="month__bar">
        <button type="button" className="button button--small" onClick={() => move(-1)} aria-label="Previous month">
          ‹ <span className="month__nav-text">Previous</span>
        </button>
        <h3 id={captionId} className="month__title" aria-live="polite">
          {formatMonth(shown.year, shown.month)}
{' '}
          <span className="month__count">{plural(planned, 'day')} with sessions</span>
        </h3>
        <button type="button" className="button button--small" onClick={() => move(1)} aria-label="Next month">
          <span className="month__nav-text">Next</span> ›
        </button>
      </div>
      <table className="month__grid" aria-labelledby={captionId}>
        <thead>
          <tr>
            {WEEKDAYS.map(([short, long]) => (
              <th key={short} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null) ?? 'empty'}>
              {week.map((date, column) =>
                date === null ? (
                  <td key={`blank-${column}`} className="month__cell month__cell--blank" />
                ) : (
                  <DayCell key={date} date={date} day={byDate.get(date)} isToday={date === today} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {anyOverrun && (
        <p className="month__footnote muted">
          <span aria-hidden="true">*</span> Longer than that day’s minutes: an episode, or a chapter, is never split across days.
        </p>
      )}
    </div>
  );
}

function DayCell({ date, day, isToday }: { date: string; day: AgendaDay | undefined; isToday: boolean }) {
  const busy = day !== undefined && day.items.length > 0;
  const classes = ['month__cell', busy ? 'month__cell--busy' : '', isToday ? 'month__cell--today' : ''].filter(Boolean).join(' ');
  const more = (day?.parts.length ?? 0) - PARTS_PER_CELL;
  return (
    <td className={classes} aria-current={isToday ? 'date' : undefined}>
      <span className="month__date">
        <span aria-hidden="true">{Number(date.slice(8))}</span>
        <span className="visually-hidden">{formatDay(date)}</span>
      </span>
      {busy && (
        <>
          <span className="month__load">
            {shortMinutes(day.minutes)}
            {day.overrun && (
              <>
                <span aria-hidden="true">*</span>
                <span className="visually-hidden"> ({overrunText(day.overrun, day.budget)})</span>
              </>
            )}
          </span>
          <ul className="month__what">
            {day.parts.slice(0, PARTS_PER_CELL).map((part, index) => (
              <li key={`${index}-${part.name}`}>
                {part.code ? (
                  <>
                    <span className="month__who">{part.name} </span>
                    <Code code={part.code} />
                  </>
                ) : (
                  part.name
                )}
              </li>
            ))}
            {more > 0 && <li className="month__more">+{more} more</li>}
          </ul>
        </>
      )}
    </td>
  );
}

/** "ch. 24–26" breaks after "ch.", never inside the range: narrow cells wrap it as "ch." / "24–26". */
function Code({ code }: { code: string }) {
  const space = code.lastIndexOf(' ');
  if (space === -1) return <span className="month__range">{code}</span>;
  return (
    <>
      {code.slice(0, space + 1)}
      <span className="month__range">{code.slice(space + 1)}</span>
    </>
  );
}

function initialMonth(days: readonly AgendaDay[], today: string): Month {
  const busy = days.filter((day) => day.items.length > 0);
  const first = busy[0]?.date;
  const last = busy[busy.length - 1]?.date;
  const pick = first && last && (today < first || today > last) ? first : today;
  return { year: Number(pick.slice(0, 4)), month: Number(pick.slice(5, 7)) };
}

function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month's dates as YYYY-MM-DD in Monday-first weeks, padded with nulls. */
function monthWeeks({ year, month }: Month): (string | null)[][] {
  const daysInMonth = new Date(year, month, 0, 12).getDate();
  const offset = (new Date(year, month - 1, 1, 12).getDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: offset }, () => null);
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let d = 1; d <= daysInMonth; d++) cells.push(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(d)}`);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** "45m", "2h15": short enough for a calendar cell on a phone. */
function shortMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, '0')}`;
}
