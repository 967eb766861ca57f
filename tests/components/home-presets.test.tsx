import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import { PRESETS } from '../unit/fixtures/shipped-presets';
import { HomePage } from '../../src/features/home/HomePage';
import { useHelixStore } from '../../src/store/helix-store';
import { duplicatePlan } from '../../src/store/plan-actions';
import { UndoToast } from '../../src/ui/UndoToast';
import { connelly } from '../unit/order/connelly-pack';
import { entryCode, entryName } from '../../src/ui/entry-text';
import { DOUBLE_HELIX, ITEMS, presetPlan, presetSpec, resetAppState, rowName } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';
import { homeLoader } from '../../src/features/home/continue-card-loader';

const routes = [
  {
    element: (
      <>
        <Outlet />
        <UndoToast />
      </>
    ),
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/plan', element: <h1>Plan page</h1> },
    ],
  },
];

// "Now" is Monday 2 March 2026, 10:00; only Date is faked.
const NOW = new Date(2026, 2, 2, 10, 0).getTime();
const DAY = 86_400_000;

/** Home as the router shows it: its loader first (it fetches the parts that need the order engine), then the page. */
async function renderHome() {
  await homeLoader();
  return renderWithPack(routes, '/');
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  resetAppState();
});

afterEach(() => {
  vi.useRealTimers();
});

const names = () => useHelixStore.getState().plans.map((plan) => plan.name);

describe('Preset cards', () => {
  it('show each preset’s items and hours as the order engine counts them', async () => {
    await renderHome();
    for (const preset of PRESETS) {
      const entries = buildOrder(connelly, { ...preset.spec(connelly), pagesPerHour: 40 });
      const hours = Math.round(entries.reduce((sum, entry) => sum + entry.minutes, 0) / 60);
      const card = screen.getByRole('heading', { level: 3, name: preset.name }).closest('li')!;
      expect(await within(card).findByText(`${entries.length} items · about ${hours} h`)).toBeInTheDocument();
      expect(within(card).getByRole('button', { name: `Preview “${preset.name}”` })).toBeInTheDocument();
    }
  });

  it('say how much of a preset you have done already (progress is shared by all plans)', async () => {
    useHelixStore.getState().setDone(['legacy-s03e01', 'legacy-s03e02'], true);
    await renderHome();
    const card = screen.getByRole('heading', { level: 3, name: 'The Double Helix' }).closest('li')!;
    expect(await within(card).findByText(/· 2 done already/)).toBeInTheDocument();
  });

  it('preview the first items, titles past the spoiler window left out, and save nothing until Start', async () => {
    const user = userEvent.setup();
    const { router } = await renderHome();
    await user.click(screen.getByRole('button', { name: 'Preview “The Double Helix”' }));
    const dialog = await screen.findByRole('dialog', { name: 'The Double Helix' });
    expect(within(dialog).getByTestId('preset-size')).toHaveTextContent(`${ITEMS} items · about`);
    const items = within(dialog).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[0]).toHaveTextContent(rowName(0));
    // the first episode more than three items past the first one not done: code only
    const far = DOUBLE_HELIX.findIndex((entry, position) => position > 3 && entry.kind === 'episode');
    const episode = DOUBLE_HELIX[far]!;
    expect(far).toBeLessThan(8);
    expect(items[far]).toHaveTextContent(entryCode(episode));
    expect(items[far]).not.toHaveTextContent(entryName(episode));
    expect(within(dialog).getByText(`…and ${ITEMS - 8} more items.`)).toBeInTheDocument();
    expect(useHelixStore.getState().plans).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Start “The Double Helix”' }));
    expect(names()).toEqual(['The Double Helix']);
    expect(router.state.location.pathname).toBe('/plan');
  });

  it('start at once with an undo that takes the new plan away and brings back the plan that was active', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('shows', 'shows')], activePlanId: 'shows' });
    await renderHome();
    await user.click(screen.getByRole('button', { name: 'Start “The Double Helix”' }));
    expect(names()).toEqual(['Just the shows', 'The Double Helix']);
    expect(screen.getByRole('status')).toHaveTextContent('Started “The Double Helix”');
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(names()).toEqual(['Just the shows']);
    expect(useHelixStore.getState().activePlanId).toBe('shows');
  });

  it('started a second time, offer to continue the plan you have, with its progress, and change nothing if you do', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh', 1), presetPlan('shows', 'shows', 2)], activePlanId: 'shows' });
    useHelixStore.getState().setDone(['legacy-s03e01', 'legacy-s03e02'], true);
    const { router } = await renderHome();
    await user.click(screen.getByRole('button', { name: 'Start “The Double Helix”' }));
    const dialog = await screen.findByRole('dialog', { name: 'The Double Helix' });
    expect(within(dialog).getByRole('note')).toHaveTextContent(`You already have “The Double Helix”: 2 of ${ITEMS} items done, last activity today.`);
    await user.click(within(dialog).getByRole('button', { name: 'Continue “The Double Helix”' }));
    expect(names()).toEqual(['The Double Helix', 'Just the shows']);
    expect(useHelixStore.getState().activePlanId).toBe('dh');
    expect(router.state.location.pathname).toBe('/plan');
  });

  it('started a second time, start another under a name of its own, never a second plan of the same name', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    await renderHome();
    await user.click(screen.getByRole('button', { name: 'Start “The Double Helix”' }));
    const dialog = await screen.findByRole('dialog', { name: 'The Double Helix' });
    await user.click(within(dialog).getByRole('button', { name: 'Start another, “The Double Helix (2)”' }));
    expect(names()).toEqual(['The Double Helix', 'The Double Helix (2)']);
    expect(useHelixStore.getState().activePlanId).not.toBe('dh');
  });

  it('close the preview without saving anything', async () => {
    const user = userEvent.setup();
    await renderHome();
    await user.click(screen.getByRole('button', { name: 'Preview “Just the shows”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Just the shows' });
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useHelixStore.getState().plans).toEqual([]);
  });
});

describe('Your plans', () => {
  it('shows each plan’s progress as done of total with a bar, and its last activity', async () => {
    const helix = { ...presetPlan('double-helix', 'dh'), updatedAt: NOW - 20 * DAY };
    const shows = { ...presetPlan('shows', 'shows'), updatedAt: NOW - 3 * DAY };
    useHelixStore.setState({ plans: [helix, shows], activePlanId: 'dh' });
    useHelixStore.getState().setDone(['legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03'], true);
    await renderHome();
    const list = screen.getByRole('region', { name: 'Your plans' });
    const showsTotal = buildOrder(connelly, presetSpec('shows')).length;
    expect(await within(list).findByText(`3 of ${ITEMS} items done · last activity today`)).toBeInTheDocument();
    // the marks are on Bosch: Legacy episodes, which "Just the shows" holds too
    expect(within(list).getByText(`3 of ${showsTotal} items done · last activity today`)).toBeInTheDocument();
    expect(within(list).getByRole('progressbar', { name: 'Progress of The Double Helix' })).toHaveAttribute('aria-valuenow', String(Math.round((3 / ITEMS) * 100)));
  });

  it('dates the last activity of a plan nobody touched from its last change', async () => {
    useHelixStore.setState({ plans: [{ ...presetPlan('lincoln', 'lincoln'), updatedAt: NOW - 3 * DAY }], activePlanId: 'lincoln' });
    await renderHome();
    expect(await screen.findByText(/0 of \d+ items done · last activity 3 days ago/)).toBeInTheDocument();
  });

  it('never gives a duplicate the name of another plan', async () => {
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    duplicatePlan(useHelixStore.getState().plans[0]!);
    duplicatePlan(useHelixStore.getState().plans[0]!);
    expect(names()).toEqual(['The Double Helix', 'The Double Helix (copy)', 'The Double Helix (copy) (2)']);
  });
});
