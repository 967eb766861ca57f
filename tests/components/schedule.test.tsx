import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../src/features/home/HomePage';
import { SchedulePage } from '../../src/features/schedule/SchedulePage';
import { useHelixStore } from '../../src/store/helix-store';
import { useUndoStore } from '../../src/store/undo-store';
import { DOUBLE_HELIX, E1, E2, resetAppState, rowName, rowProgress, startDoubleHelix } from './plan-fixtures';
import { progressIdsOf } from '../../src/domain/progress/progress-ids';
import { renderWithPack } from './render-with-pack';

// The real schedule builder, counted: the screen should rebuild it only when the plan's own marks change.
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/domain/schedule/schedule-from-today', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/domain/schedule/schedule-from-today')>();
  return { ...real, scheduleFromToday: (...args: Parameters<typeof real.scheduleFromToday>) => (builds.count++, real.scheduleFromToday(...args)) };
});

const routes = [
  { path: '/', element: <HomePage /> },
  { path: '/plan', element: <p>plan</p> },
  { path: '/schedule', element: <SchedulePage /> },
];

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

beforeEach(() => {
  // Only Date is faked: "today" is Monday 2 March 2026 while promises and timers run normally.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 2, 10, 0));
  resetAppState();
});

afterEach(() => {
  vi.useRealTimers();
});

async function openSchedule() {
  const view = await startDoubleHelix(routes);
  await act(() => view.router.navigate('/schedule'));
  await screen.findByRole('heading', { level: 1, name: 'Schedule' });
  return view;
}

const finishDate = () => screen.getByTestId('finish-date').textContent ?? '';
/** "Wed 16 Dec 2026" as 2026-12-16, to compare dates as dates. */
const calendarDay = (text: string | undefined) => {
  const date = new Date(`${text?.replace(/^\w+ /, '') ?? ''} 12:00`);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};
const weekInputs = () => WEEKDAYS.map((day) => screen.getByRole('spinbutton', { name: `${day}, minutes` }) as HTMLInputElement);
const activePlan = () => useHelixStore.getState().plans[0]!;

describe('Schedule screen', () => {
  it('without a plan, says so and links to Home', () => {
    renderWithPack(routes, '/schedule');
    expect(screen.getByRole('heading', { level: 1, name: 'No plan to schedule yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  });

  it('shows the finish date, the time left and the plan’s start date in the header', async () => {
    await openSchedule();
    expect(finishDate()).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} 20\d\d$/);
    expect(screen.getByText('Start date', { selector: 'dt' }).closest('div')).toHaveTextContent('Mon 2 Mar 2026');
    expect(screen.getByText('Time left', { selector: 'dt' }).closest('div')).toHaveTextContent(/Time left≈? ?\d+ h( \d+ min)?$/);
  });

  it('a preset fills all seven weekday inputs, is marked pressed, and is saved on the plan', async () => {
    const { user } = await openSchedule();
    await user.click(screen.getByRole('button', { name: 'Weekend binge' }));
    expect(weekInputs().map((input) => input.value)).toEqual(['0', '0', '0', '0', '0', '300', '300']);
    expect(screen.getByRole('button', { name: 'Weekend binge' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'An hour a day' })).toHaveAttribute('aria-pressed', 'false');
    expect(activePlan().pace.minutesPerWeekday).toEqual([0, 0, 0, 0, 0, 300, 300]);
    expect(activePlan().pace.pagesPerHour).toBe(40);
  });

  it('moves the finish date when the pace changes: more minutes finish sooner', async () => {
    const { user } = await openSchedule();
    await user.click(screen.getByRole('button', { name: 'An episode a night' }));
    const slow = finishDate();
    await user.click(screen.getByRole('button', { name: 'An hour a day' }));
    const faster = finishDate();
    expect(faster).not.toBe(slow);
    const monday = weekInputs()[0]!;
    await user.clear(monday);
    expect(screen.getByRole('alert')).toHaveTextContent('whole numbers');
    await user.type(monday, '600');
    expect(activePlan().pace.minutesPerWeekday[0]).toBe(600);
    expect(finishDate()).not.toBe(faster);
  });

  it('keeps the split-reading choice on the plan', async () => {
    const { user } = await openSchedule();
    const toggle = screen.getByRole('checkbox', { name: /Split reading blocks across days/ });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(activePlan().pace.splitReading).toBe(false);
    expect(toggle).not.toBeChecked();
  });

  it('highlights today in the agenda and ticks items off in place', async () => {
    const { user } = await openSchedule();
    const today = screen.getByRole('region', { name: /Today Mon 2 Mar 2026/ });
    expect(today).toHaveAttribute('aria-current', 'date');
    const first = within(today).getByRole('checkbox', { name: E1 });
    await user.click(first);
    for (const id of rowProgress(0)) expect(useHelixStore.getState().progress.get(id)?.done).toBe(true);
    // the ticked item keeps its day instead of vanishing from the agenda
    expect(within(screen.getByRole('region', { name: /Today/ })).getByRole('checkbox', { name: E1 })).toBeChecked();
    expect(screen.getAllByRole('region').filter((region) => region.getAttribute('aria-current') === 'date')).toHaveLength(1);
  });

  it('moves the month view a month at a time, marks today and names each day’s items', async () => {
    const { user } = await openSchedule();
    await user.click(screen.getByRole('button', { name: 'Month' }));
    expect(screen.getByRole('button', { name: 'Month' })).toHaveAttribute('aria-pressed', 'true');
    const grid = screen.getByRole('table', { name: /March 2026/ });
    expect(within(grid).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    const todayCell = grid.querySelector<HTMLElement>('[aria-current="date"]')!;
    expect(todayCell).toHaveTextContent('Mon 2 Mar 2026');
    // an hour a day: the first two chapters and the first episode today, the next chapters tomorrow
    const named = (cell: HTMLElement) => within(cell).getAllByRole('listitem').map((item) => item.textContent);
    expect(named(todayCell)).toEqual(['Desert Star ch. 1–2', 'Bosch: Legacy S3E1']);
    const tuesday = within(grid).getByText('Tue 3 Mar 2026').closest('td')!;
    expect(named(tuesday)).toEqual(['Desert Star ch. 3–6']);
    await user.click(screen.getByRole('button', { name: 'Next month' }));
    expect(screen.getByRole('table', { name: /April 2026/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    const february = screen.getByRole('table', { name: /February 2026/ });
    expect(within(february).queryAllByRole('listitem')).toEqual([]);
  });

  it('when behind, offers to re-plan from today, shows the new finish date first, then applies it', async () => {
    const { user } = await openSchedule();
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    const start = screen.getByLabelText('Start date');
    await user.clear(start);
    await user.type(start, '2026-02-20');
    expect(activePlan().startDate).toBe('2026-02-20');
    // E1 was ticked today, after the start date; E2, a short chapter, was due on the start day itself (20 Feb to 1 Mar: 10 days).
    const banner = screen.getByRole('region', { name: /You are 10 days behind your pace/ });
    // What is left is laid out from today whatever the start date: the finish date is that of the rest.
    const fromToday = finishDate();
    expect(within(banner).getByText(/The next item was due on Fri 20 Feb 2026/)).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Re-plan from today' }));
    const preview = within(banner).getByTestId('replan-preview').textContent ?? '';
    const [, proposed, was] = /New finish date: (.+?) \(was (.+)\)/.exec(preview) ?? [];
    expect(proposed).toBe(fromToday);
    expect(calendarDay(proposed) > calendarDay(was)).toBe(true);
    expect(activePlan().startDate).toBe('2026-02-20');
    await user.click(within(banner).getByRole('button', { name: 'Apply the new plan' }));
    expect(activePlan().startDate).toBe('2026-03-02');
    expect(finishDate()).toBe(proposed);
    expect(screen.getByTestId('pace-status')).toHaveTextContent('On pace.');
    expect(screen.queryByRole('region', { name: /behind/ })).toBeNull();
    expect(within(screen.getByRole('region', { name: /Today/ })).getByRole('checkbox', { name: E1 })).toBeChecked();
    // E1 was done today, so it still takes its minutes of today's hour; E2 is short enough to follow it today
    expect(within(screen.getByRole('region', { name: /Today/ })).getByRole('checkbox', { name: E2 })).not.toBeChecked();
    // and the re-plan can be undone
    useUndoStore.getState().undoLast();
    expect(activePlan().startDate).toBe('2026-02-20');
  });

  it('cancelling the re-plan changes nothing', async () => {
    const { user } = await openSchedule();
    const start = screen.getByLabelText('Start date');
    await user.clear(start);
    await user.type(start, '2026-02-01');
    const banner = screen.getByRole('region', { name: /behind/ });
    await user.click(within(banner).getByRole('button', { name: 'Re-plan from today' }));
    await user.click(within(banner).getByRole('button', { name: 'Cancel' }));
    expect(activePlan().startDate).toBe('2026-02-01');
    expect(within(banner).getByRole('button', { name: 'Re-plan from today' })).toBeInTheDocument();
  });

  it('ticks off one part of a split reading block: only that part’s chapters are marked, they show as done today, and the rest of the block stays planned', async () => {
    const { user } = await openSchedule();
    const part = screen.getAllByRole('checkbox', { name: /\(part 1 of \d+: ch\. [\d–]+\) as read$/ })[0]!;
    const label = part.getAttribute('aria-label') ?? '';
    const [, from, to] = /ch\. (\d+)(?:–(\d+))?\) as read$/.exec(label) ?? [];
    const last = Number(to ?? from);
    await user.click(part);
    const { progress } = useHelixStore.getState();
    for (let chapter = Number(from); chapter <= last; chapter++) expect(progress.get(`desert-star#ch${chapter}`)?.done).toBe(true);
    expect(progress.get(`desert-star#ch${last + 1}`)).toBeUndefined();
    // read today, those chapters move to today's "done" list; the block's next chapter is still planned
    expect(screen.queryByRole('checkbox', { name: label })).toBeNull();
    const chaptersRead = last === Number(from) ? `ch. ${from}` : `ch. ${from}–${last}`;
    const today = screen.getByRole('region', { name: /Today/ });
    expect(within(today).getByRole('checkbox', { name: `Mark Desert Star, ${chaptersRead} as read` })).toBeChecked();
    expect(screen.getAllByRole('checkbox', { name: new RegExp(`^Mark Desert Star, ch\\. ${last + 1}\\b`) }).length).toBeGreaterThan(0);
  });

  it('prints a checklist of what is left, every item named, and puts it in the page only while printing', async () => {
    const { user } = await openSchedule();
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(document.querySelector('.print-checklist')).toBeNull();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await user.click(screen.getByRole('button', { name: 'Print checklist' }));
    expect(print).toHaveBeenCalledOnce();
    const checklist = document.querySelector('.print-checklist')!;
    // E1, ticked, is not left: the list starts with E2
    const names = [...checklist.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(names[0]?.startsWith(`☐ ${rowName(1)} (`)).toBe(true);
    expect(names.filter((name) => name.slice(2).startsWith(`${rowName(0)} (`))).toEqual([]);
    const toDo = screen.getAllByRole('checkbox', { name: /^Mark / }).filter((box) => !(box as HTMLInputElement).checked);
    expect(checklist.querySelectorAll('li')).toHaveLength(toDo.length);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.print-checklist')).toBeNull();
    // the browser's own print command gets it too
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(document.querySelector('.print-checklist')).toHaveTextContent(`☐ ${rowName(1)} (`);
    print.mockRestore();
  });
});

describe('Schedule screen size', () => {
  it('stays under 1,500 elements for the whole universe (“Everything by release date”, 194 items), checklist left out until printing', async () => {
    const user = (await import('@testing-library/user-event')).default.setup();
    const view = renderWithPack(routes, '/');
    await user.click(screen.getByRole('button', { name: 'Start “Everything by release date”' }));
    await act(() => view.router.navigate('/schedule'));
    await screen.findByRole('heading', { level: 1, name: 'Schedule' });
    expect(useHelixStore.getState().plans[0]?.name).toBe('Everything by release date');
    const elements = view.container.querySelectorAll('*').length;
    expect(elements).toBeLessThan(1500);
    expect(document.querySelector('.print-checklist')).toBeNull();
  });
});

describe('Schedule rebuilds', () => {
  it('only when the plan’s own marks change, not on a tick outside the plan', async () => {
    await openSchedule();
    const before = builds.count;
    // Another plan's (or another tab's) tick: an episode this plan does not hold.
    expect(DOUBLE_HELIX.some((entry) => entry.id === 'lincoln-s01e01')).toBe(false);
    act(() => useHelixStore.getState().setDone(['lincoln-s01e01'], true));
    expect(useHelixStore.getState().progress.isDone('lincoln-s01e01')).toBe(true);
    expect(builds.count).toBe(before);
    // A tick of the plan's first item rebuilds it.
    act(() => useHelixStore.getState().setDone(progressIdsOf(DOUBLE_HELIX[0]!), true));
    expect(builds.count).toBeGreaterThan(before);
  });
});
