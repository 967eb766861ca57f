import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import type { Plan } from '../../src/domain/plan/plan';
import { SchedulePage } from '../../src/features/schedule/SchedulePage';
import { useHelixStore } from '../../src/store/helix-store';
import { setEntriesDone } from '../../src/store/progress-actions';
import { checkboxLabel, entryCode } from '../../src/ui/entry-text';
import { downloadText } from '../../src/ui/download';
import { connelly } from '../unit/order/connelly-pack';
import { presetPlan, presetSpec, resetAppState } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn(), downloadBlob: vi.fn() }));

const routes = [{ path: '/schedule', element: <SchedulePage /> }];
const ORDER = buildOrder(connelly, presetSpec('double-helix'));
/** The Double Helix's 11th item, where the user clicked "done up to here". */
const UP_TO = 11;

beforeEach(() => {
  // "Today" is Monday 2 March 2026; only Date is faked.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 2, 10, 0));
  resetAppState();
  vi.mocked(downloadText).mockClear();
});

afterEach(() => {
  vi.useRealTimers();
});

/** The Double Helix as the active plan, started today. */
function withPlan(change: (plan: Plan) => Plan = (plan) => plan) {
  const plan = change({ ...presetPlan('double-helix', 'dh'), startDate: '2026-03-02' });
  useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
}

const finishDate = () => screen.getByTestId('finish-date').getAttribute('data-date') ?? '';
const agendaBoxes = () => within(document.querySelector<HTMLElement>('.agenda')!).getAllByRole('checkbox');

async function exportedCalendar(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
  await screen.findByText(/^Downloaded helix-the-double-helix\.ics/);
  const text = vi.mocked(downloadText).mock.lastCall?.[1] ?? '';
  return text.replace(/\r\n[ \t]/g, '');
}

describe('Schedule with progress', () => {
  it('after “done up to here” at item 11, starts with the first item not done and finishes earlier than with nothing done', () => {
    withPlan();
    const view = renderWithPack(routes, '/schedule');
    const fresh = finishDate();
    act(() => setEntriesDone(ORDER.slice(0, UP_TO), true, 'Marked everything up to item 11'));
    expect(finishDate() < fresh).toBe(true);
    const firstToDo = agendaBoxes().find((box) => !(box as HTMLInputElement).checked);
    expect(firstToDo).toHaveAccessibleName(checkboxLabel(ORDER[UP_TO]!, false));
    // no done item has a day of its own: the only ticked boxes are in today's "done today"
    for (const box of agendaBoxes().filter((candidate) => (candidate as HTMLInputElement).checked)) {
      expect(box.closest('.day__done')).not.toBeNull();
      expect(box.closest('.day')).toHaveAttribute('aria-current', 'date');
    }
    const minutesLeft = ORDER.slice(UP_TO).reduce((sum, entry) => sum + entry.minutes, 0);
    expect(screen.getByText('Time left', { selector: 'dt' }).closest('div')).toHaveTextContent(`${Math.floor(minutesLeft / 60)} h`);
    expect(screen.getByTestId('pace-status')).toHaveTextContent(/^\d+ days ahead of your pace\./);
    view.unmount();
  });

  it('says on a day that runs over its minutes that an episode is never split', () => {
    withPlan((plan) => ({ ...plan, pace: { ...plan.pace, minutesPerWeekday: [30, 30, 30, 30, 30, 30, 30] } }));
    renderWithPack(routes, '/schedule');
    // The plan opens with two short chapters; its first episode (45 min) then gets a day of its own.
    const episode = ORDER.find((entry) => entry.kind === 'episode')!;
    const day = screen.getByRole('checkbox', { name: checkboxLabel(episode, false) }).closest<HTMLElement>('.day')!;
    expect(day).toHaveTextContent(`${episode.minutes - 30} min over your 30 min: an episode is never split across days.`);
  });

  it('exports what is left with far titles left out under spoiler safety, and the done days only when asked', async () => {
    const user = userEvent.setup();
    withPlan();
    renderWithPack(routes, '/schedule');
    act(() => setEntriesDone(ORDER.slice(0, UP_TO), true, 'Marked everything up to item 11'));
    const upcoming = await exportedCalendar(user);
    // what is left only: the first day starts with the first item not done, and no done episode is in it
    expect(upcoming).toContain(`SUMMARY:Helix: ${entryCode(ORDER[UP_TO]!)}`);
    const doneEpisodes = ORDER.slice(0, UP_TO).filter((entry) => entry.kind === 'episode');
    expect(doneEpisodes.length).toBeGreaterThan(0);
    for (const entry of doneEpisodes) expect(upcoming).not.toContain(entry.title);
    const last = ORDER[ORDER.length - 1]!;
    if (last.kind !== 'episode') throw new Error('the Double Helix ends with an episode');
    expect(upcoming).toContain(`${last.showTitle ?? ''} S${last.season}E${last.episode}\\, `);
    expect(upcoming).not.toContain(last.title);

    await user.click(screen.getByText(/^Calendar file:/));
    expect(screen.getByRole('checkbox', { name: /Leave out the titles of episodes more than 3 items ahead/ })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Add what you have done, as past events' }));
    await user.click(screen.getByRole('checkbox', { name: /Leave out the titles/ }));
    const everything = await exportedCalendar(user);
    expect(everything).toContain('SUMMARY:Helix (done): Desert Star ch. 1–2 + Bosch: Legacy S3E1 + Desert Star ch. 3–6 + Bosch: Legacy S3E2');
    expect(everything).toContain(last.title);
  });

  it('shows what today’s share held and is done under “Done today”, and unticking it puts it back first', async () => {
    const user = userEvent.setup();
    withPlan();
    renderWithPack(routes, '/schedule');
    const first = checkboxLabel(ORDER[0]!, false);
    const share = within(screen.getByRole('region', { name: /Today/ }))
      .getAllByRole('checkbox')
      .map((box) => box.getAttribute('aria-label') ?? '');
    expect(share[0]).toBe(first);
    // ticked one at a time through the evening (the clock is frozen otherwise, and marks made at one
    // instant read as a catch-up, which does not use today's time)
    for (const [minute, name] of share.entries()) {
      vi.setSystemTime(new Date(2026, 2, 2, 19, minute * 20));
      await user.click(screen.getByRole('checkbox', { name }));
    }
    const today = screen.getByRole('region', { name: /Today/ });
    expect(within(today).getByText('Today’s share is done.')).toBeInTheDocument();
    expect(screen.getByTestId('pace-status')).toHaveTextContent('On pace. Today’s share is done.');
    await user.click(within(today).getByRole('checkbox', { name: first }));
    // first of what is left (today's time now goes to the other two, so it waits for tomorrow)
    const left = agendaBoxes().filter((box) => !box.closest('.day__done'));
    expect(left[0]).toHaveAccessibleName(first);
    expect(left[0]).not.toBeChecked();
  });
});
