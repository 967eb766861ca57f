import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { usePlanEntries } from '../../data/use-plan-entries';
import type { OrderEntry } from '../../domain/order/types';
import type { Pace, Plan } from '../../domain/plan/plan';
import { isEntryDone } from '../../domain/progress/progress-ids';
import { doneDays } from '../../domain/schedule/done-days';
import { scheduleFromToday } from '../../domain/schedule/schedule-from-today';
import { useHelixStore } from '../../store/helix-store';
import { todayDate } from '../../store/plan-actions';
import { lookupFor, useActivePlan, usePlanProgress } from '../../store/progress-selectors';
import { useUndoStore } from '../../store/undo-store';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { agendaDays } from './agenda-days';
import { AgendaView } from './AgendaView';
import { BehindBanner } from './BehindBanner';
import { CalendarOptions, type CalendarChoices } from './CalendarOptions';
import { downloadCalendar } from './export-calendar';
import { MonthView } from './MonthView';
import { PaceForm } from './PaceForm';
import { PaceStatusLine } from './PaceStatusLine';
import { PrintChecklist } from './PrintChecklist';
import { ScheduleSummary } from './ScheduleSummary';
import { usePrinting } from './use-printing';
import './schedule.css';

type View = 'agenda' | 'month';

/** The active plan on the calendar: what is left from today, the pace, agenda or month, .ics export and a printable checklist. */
export function SchedulePage() {
  const plan = useActivePlan();
  useDocumentTitle(plan ? `Schedule: ${plan.name}` : 'Schedule');
  if (!plan) {
    return (
      <div className="page">
        <h1>No plan to schedule yet</h1>
        <p>
          Start one on <Link to={paths.home()}>Home</Link> — for example <em>The Double Helix</em> — then come back here to set your pace and
          see when you will finish.
        </p>
      </div>
    );
  }
  return <PlanSchedule plan={plan} />;
}

function PlanSchedule({ plan }: { plan: Plan }) {
  const entries = usePlanEntries(plan);
  const index = usePackIndex();
  // Rebuilt when this plan's marks change, not on every tick elsewhere.
  const progress = usePlanProgress(entries);
  const spoilerSafety = useHelixStore((s) => s.settings.spoilerSafety);
  const [view, setView] = useState<View>('agenda');
  const [exported, setExported] = useState('');
  const [calendar, setCalendar] = useState<CalendarChoices>({ includeDone: false, hideFarTitles: spoilerSafety });
  const { printing, print } = usePrinting();
  const today = todayDate();
  const { pace, startDate } = plan;

  const schedule = useMemo(() => scheduleFromToday(entries, pace, startDate, today, progress), [entries, pace, startDate, today, progress]);
  const titles = useMemo(
    () => ({ show: (id: string) => index.shows.get(id)?.title, novel: (id: string) => index.novels.get(id)?.title }),
    [index],
  );
  const days = useMemo(() => agendaDays(schedule, entries, today, titles), [schedule, entries, today, titles]);
  const spoilers = useMemo(() => {
    const lookup = lookupFor(progress);
    const firstUndone = entries.findIndex((entry) => !isEntryDone(entry, lookup));
    const position = new Map(entries.map((entry, i) => [entry.id, i]));
    const isFar = (entry: OrderEntry) => firstUndone >= 0 && isPastSpoilerWindow(position.get(entry.id) ?? 0, firstUndone);
    return { lookup, isFar, byId: new Map(entries.map((entry) => [entry.id, entry])) };
  }, [entries, progress]);
  const isHidden = useMemo(() => (spoilerSafety ? spoilers.isFar : () => false), [spoilerSafety, spoilers]);

  const save = (nextPace: Pace, nextStart: string) => useHelixStore.getState().upsertPlan({ ...plan, pace: nextPace, startDate: nextStart });
  const replan = () => {
    const before = plan;
    useHelixStore.getState().upsertPlan({ ...plan, startDate: today });
    useUndoStore.getState().push({ label: 'Re-planned from today', undo: () => useHelixStore.getState().upsertPlan(before) });
  };
  const exportCalendar = async () => {
    setExported('Preparing the calendar file…');
    try {
      const left = new Map(schedule.entries.map((entry) => [entry.id, entry]));
      const name = await downloadCalendar(
        plan,
        {
          schedule: schedule.schedule,
          // Items of what is left refer to the unread part of a block; done days to whole entries.
          entries: entries.map((entry) => left.get(entry.id) ?? entry),
          ...(calendar.includeDone ? { doneDays: doneDays(entries, progress) } : {}),
          ...(calendar.hideFarTitles
            ? {
                hideTitle: (item) => {
                  const entry = spoilers.byId.get(item.entryId);
                  return entry !== undefined && spoilers.isFar(entry);
                },
              }
            : {}),
        },
        index,
      );
      setExported(`Downloaded ${name}.`);
    } catch {
      setExported('Could not create the calendar file. Please try again.');
    }
  };
  const sessionDays = days.filter((day) => day.items.length > 0).length;
  const noBudget = pace.minutesPerWeekday.every((minutes) => minutes <= 0);
  const { status, planned } = schedule;
  const first = days[0];
  const todayDone = first?.date === today && first.done.length > 0 && first.items.length === 0;

  return (
    <div className="page page--schedule">
      <header className="schedule-head">
        <h1>Schedule</h1>
        <p className="lede">{plan.name}</p>
      </header>
      <ScheduleSummary
        finishDate={schedule.schedule.finishDate}
        startDate={startDate}
        minutesLeft={schedule.schedule.totalMinutes}
        approximate={schedule.schedule.approximate}
        sessionDays={sessionDays}
        noBudget={noBudget}
      />
      {status.kind === 'behind' ? (
        <BehindBanner
          behindDays={status.days}
          plannedDate={status.plannedDate}
          plannedFinish={planned.finishDate}
          newFinish={schedule.schedule.finishDate}
          onReplan={replan}
        />
      ) : (
        <PaceStatusLine status={status} startDate={startDate} plannedFinish={planned.finishDate} todayDone={todayDone} />
      )}
      <div className="schedule-grid">
        <PaceForm pace={pace} startDate={startDate} onChange={save} />
        <section className="schedule-main" aria-labelledby="schedule-view-heading">
          <h2 id="schedule-view-heading" className="visually-hidden">
            Sessions
          </h2>
          <div className="schedule-toolbar">
            <div className="segmented" role="group" aria-label="View">
              {(['agenda', 'month'] as const).map((option) => (
                <button key={option} type="button" className="segmented__option" aria-pressed={view === option} onClick={() => setView(option)}>
                  {option === 'agenda' ? 'Agenda' : 'Month'}
                </button>
              ))}
            </div>
            <button type="button" className="button" onClick={() => void exportCalendar()} disabled={sessionDays === 0 && !calendar.includeDone}>
              Download calendar (.ics)
            </button>
            <button type="button" className="button" onClick={print}>
              Print checklist
            </button>
            <p className="schedule-toolbar__status" role="status">
              {exported}
            </p>
          </div>
          <CalendarOptions choices={calendar} onChange={setCalendar} />
          {view === 'agenda' ? <AgendaView days={days} today={today} isHidden={isHidden} /> : <MonthView days={days} today={today} />}
        </section>
      </div>
      {printing && <PrintChecklist planName={plan.name} days={days} lookup={spoilers.lookup} isHidden={isHidden} />}
    </div>
  );
}
