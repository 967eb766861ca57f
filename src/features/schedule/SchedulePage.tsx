import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../app/paths';
import { usePackIndex } from '../../data/franchise-store';
import { usePlanEntries } from '../../data/use-plan-entries';
import type { OrderEntry } from '../../domain/order/types';
import type { Pace, Plan } from '../../domain/plan/plan';
import { isEntryDone } from '../../domain/progress/progress-ids';
import { scheduleStatus } from '../../domain/schedule/schedule-status';
import { useHelixStore } from '../../store/helix-store';
import { todayDate } from '../../store/plan-actions';
import { lookupFor, useActivePlan } from '../../store/progress-selectors';
import { useUndoStore } from '../../store/undo-store';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { agendaDays } from './agenda-days';
import { AgendaView } from './AgendaView';
import { BehindBanner } from './BehindBanner';
import { downloadCalendar } from './export-calendar';
import { MonthView } from './MonthView';
import { PaceForm } from './PaceForm';
import { PrintChecklist } from './PrintChecklist';
import { ScheduleSummary } from './ScheduleSummary';
import { laidOutSchedule } from './schedule-model';
import { isPastSpoilerWindow } from '../../ui/spoiler-window';

type View = 'agenda' | 'month';

/** The active plan on the calendar: pace, finish date, agenda or month, .ics export and a printable checklist. */
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
  const progress = useHelixStore((s) => s.progress);
  const spoilerSafety = useHelixStore((s) => s.settings.spoilerSafety);
  const [view, setView] = useState<View>('agenda');
  const [exported, setExported] = useState('');
  const today = todayDate();
  const { pace, startDate } = plan;

  const laid = useMemo(() => laidOutSchedule(entries, pace, startDate, progress), [entries, pace, startDate, progress]);
  const days = useMemo(() => agendaDays(laid.schedule, laid.entries), [laid]);
  const facts = useMemo(() => {
    const lookup = lookupFor(progress);
    const done = (entry: OrderEntry) => isEntryDone(entry, lookup);
    const left = entries.filter((entry) => !done(entry));
    const status = scheduleStatus(laid.entries, pace, startDate, done, today, { splitReading: pace.splitReading ?? true });
    const newFinish = status.behindDays > 0 ? laidOutSchedule(entries, pace, today, progress).schedule.finishDate : null;
    const firstUndone = entries.findIndex((entry) => !done(entry));
    const position = new Map(entries.map((entry, i) => [entry.id, i]));
    const isHidden = (entry: OrderEntry) =>
      spoilerSafety && firstUndone >= 0 && isPastSpoilerWindow(position.get(entry.id) ?? 0, firstUndone);
    const overdue = days
      .filter((day) => day.date < today)
      .reduce((sum, day) => sum + day.items.filter((item) => !isEntryDone(item.entry, lookup)).length, 0);
    return {
      lookup,
      status,
      newFinish,
      isHidden,
      overdue,
      minutesLeft: left.reduce((sum, entry) => sum + entry.minutes, 0),
      approximate: left.some((entry) => entry.approximate),
    };
  }, [entries, laid, days, pace, startDate, progress, today, spoilerSafety]);

  const save = (nextPace: Pace, nextStart: string) => useHelixStore.getState().upsertPlan({ ...plan, pace: nextPace, startDate: nextStart });
  const replan = () => {
    const before = plan;
    useHelixStore.getState().upsertPlan({ ...plan, startDate: today });
    useUndoStore.getState().push({ label: 'Re-planned from today', undo: () => useHelixStore.getState().upsertPlan(before) });
  };
  const exportCalendar = async () => {
    setExported('Preparing the calendar file…');
    try {
      const name = await downloadCalendar(plan, laid.schedule, laid.entries, index);
      setExported(`Downloaded ${name}.`);
    } catch {
      setExported('Could not create the calendar file. Please try again.');
    }
  };
  const sessionDays = days.filter((day) => day.items.length > 0).length;
  const noBudget = pace.minutesPerWeekday.every((minutes) => minutes <= 0);

  return (
    <div className="page page--schedule">
      <header className="schedule-head">
        <h1>Schedule</h1>
        <p className="lede">{plan.name}</p>
      </header>
      <ScheduleSummary
        finishDate={laid.schedule.finishDate}
        startDate={startDate}
        minutesLeft={facts.minutesLeft}
        approximate={facts.approximate}
        sessionDays={sessionDays}
        noBudget={noBudget}
      />
      {facts.status.behindDays > 0 && facts.minutesLeft > 0 && (
        <BehindBanner
          behindDays={facts.status.behindDays}
          plannedDate={facts.status.plannedDate}
          currentFinish={laid.schedule.finishDate}
          newFinish={facts.newFinish}
          onReplan={replan}
        />
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
            <button type="button" className="button" onClick={() => void exportCalendar()} disabled={sessionDays === 0}>
              Download calendar (.ics)
            </button>
            <button type="button" className="button" onClick={() => window.print()}>
              Print checklist
            </button>
            <p className="schedule-toolbar__status" role="status">
              {exported}
            </p>
          </div>
          {view === 'agenda' ? (
            <AgendaView days={days} today={today} isHidden={facts.isHidden} overdue={facts.overdue} />
          ) : (
            <MonthView days={days} today={today} />
          )}
        </section>
      </div>
      <PrintChecklist planName={plan.name} days={days} lookup={facts.lookup} isHidden={facts.isHidden} />
    </div>
  );
}
