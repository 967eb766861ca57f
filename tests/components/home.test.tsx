import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { PRESETS } from '../unit/fixtures/shipped-presets';
import { EditorPage } from '../../src/features/editor/EditorPage';
import { HomePage } from '../../src/features/home/HomePage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { useHelixStore } from '../../src/store/helix-store';
import { STORAGE_KEY } from '../../src/store/safe-storage';
import { useStorageHealth } from '../../src/store/storage-health';
import { StorageNotices } from '../../src/ui/StorageNotices';
import { progressIdsOf } from '../../src/domain/progress/progress-ids';
import { DOUBLE_HELIX, ITEMS, markAs, presetPlan, resetAppState, rowName, rowProgress } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';
import { loadSavedState } from '../../src/store/load-saved-state';
import { homeLoader } from '../../src/features/home/continue-card-loader';

const routes = [
  {
    element: (
      <>
        <StorageNotices />
        <Outlet />
      </>
    ),
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/plan', element: <PlanPage /> },
      { path: '/plan/edit/:planId', element: <EditorPage /> },
    ],
  },
];

/** Home as the router shows it: its loader first (it fetches the parts that need the order engine), then the page. */
async function renderHome() {
  await homeLoader();
  return renderWithPack(routes, '/');
}

beforeEach(resetAppState);

describe('Home', () => {
  it('introduces the universe in the pack’s own words, with what it braids counted', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Watch and read the Connelly universe in the right order');
    expect(document.querySelector('.lede')?.textContent).toBe(
      'Helix braids 4 TV series (148 episodes), 2 films, 43 novels and 3 pieces of short fiction into one plan: Bosch, Bosch: Legacy, Ballard, The Lincoln Lawyer and the books they come from. Your progress stays in this browser.',
    );
  });

  it('offers every preset with a start button and no plan list or continue card at first', async () => {
    await renderHome();
    for (const preset of PRESETS) expect(screen.getByRole('button', { name: `Start “${preset.name}”` })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your plans' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Continue/ })).not.toBeInTheDocument();
  });

  it('shows the active plan’s progress and what comes next, with a one-tap check-off', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    useHelixStore.getState().setDone([...rowProgress(0), ...rowProgress(1)], true);
    await renderHome();
    const card = await screen.findByRole('region', { name: 'Continue “The Double Helix”' });
    expect(card).toHaveTextContent(`2 of ${ITEMS} done (${Math.round((2 / ITEMS) * 100)}%)`);
    expect(within(card).getByText(rowName(2))).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: markAs(2) }));
    expect(card).toHaveTextContent(`3 of ${ITEMS} done (${Math.round((3 / ITEMS) * 100)}%)`);
    expect(within(card).getByText(rowName(3))).toBeInTheDocument();
  });

  it('lists saved plans, marks the active one and opens another', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh', 1), presetPlan('shows', 'shows', 2)], activePlanId: 'dh' });
    const { router } = await renderHome();
    const list = screen.getByRole('region', { name: 'Your plans' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('active');
    expect(items[1]).not.toHaveTextContent('active');
    await user.click(within(list).getByRole('button', { name: 'Open “Just the shows”' }));
    expect(router.state.location.pathname).toBe('/plan');
    expect(useHelixStore.getState().activePlanId).toBe('shows');
    expect(screen.getByRole('heading', { level: 1, name: 'Just the shows' })).toBeInTheDocument();
  });

  it('duplicates a plan under a new id and name, keeping the original active', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    await renderHome();
    await user.click(screen.getByRole('button', { name: 'Duplicate “The Double Helix”' }));
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans.map((p) => p.name)).toEqual(['The Double Helix', 'The Double Helix (copy)']);
    expect(plans[1]?.id).not.toBe('dh');
    expect(plans[1]?.spec).toEqual(plans[0]?.spec);
    expect(activePlanId).toBe('dh');
    expect(screen.getByRole('button', { name: 'Delete “The Double Helix (copy)”' })).toBeInTheDocument();
  });

  it('links each plan to its editor', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    const { router } = await renderHome();
    await user.click(screen.getByRole('link', { name: 'Edit “The Double Helix”' }));
    expect(router.state.location.pathname).toBe('/plan/edit/dh');
  });

  it('makes the next plan active when the active one is deleted', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh', 1), presetPlan('shows', 'shows', 2)], activePlanId: 'dh' });
    await renderHome();
    await user.click(screen.getByRole('button', { name: 'Delete “The Double Helix”' }));
    expect(useHelixStore.getState().activePlanId).toBe('shows');
    expect(screen.getByRole('region', { name: 'Continue “Just the shows”' })).toBeInTheDocument();
    expect(useHelixStore.getState().deletedPlans.has('dh')).toBe(true);
  });

  it('keeps progress shared between plans: a check-off in one counts in another', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh', 1)], activePlanId: 'dh' });
    await renderHome();
    // The first Double Helix episode: a check-off that "Just the shows" counts too.
    const episode = DOUBLE_HELIX.findIndex((entry) => entry.kind === 'episode');
    useHelixStore.getState().setDone(DOUBLE_HELIX.slice(0, episode).flatMap((entry) => progressIdsOf(entry)), true);
    await user.click(await screen.findByRole('button', { name: markAs(episode) }));
    await user.click(screen.getByRole('button', { name: 'Start “Just the shows”' }));
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(/^1 of /);
  });
});

describe('Storage notices', () => {
  it('explain an unreadable save, offer the backup and can be dismissed', async () => {
    const user = userEvent.setup();
    localStorage.setItem(STORAGE_KEY, '{"state": cut off');
    act(() => loadSavedState());
    await renderHome();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/could not be read: it is not valid JSON/);
    expect(alert).toHaveTextContent(/kept the old data as a copy in this browser; nothing was deleted/);
    expect(within(alert).getByRole('button', { name: 'Download the backup' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('say that changes are not saved when storage is full', async () => {
    useStorageHealth.getState().report({ kind: 'quota' });
    await renderHome();
    expect(screen.getByRole('alert')).toHaveTextContent(/storage is full, so your latest changes are not saved yet/);
    expect(screen.queryByRole('button', { name: 'Download the backup' })).not.toBeInTheDocument();
  });
});

describe('Home before the data pack is in', () => {
  it('paints its heading, the universe’s counts and the presets at once; starting waits for the pack', async () => {
    const { useFranchiseStore } = await import('../../src/data/franchise-store');
    const { DEFAULT_SUMMARY } = await import('virtual:pack-summaries');
    useFranchiseStore.setState({ state: { status: 'empty', source: null } });
    const { render } = await import('@testing-library/react');
    const { createMemoryRouter, RouterProvider } = await import('react-router-dom');
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <HomePage /> }], { initialEntries: ['/'] })} />);
    const counts = DEFAULT_SUMMARY;
    expect(screen.getByRole('heading', { level: 1, name: 'Watch and read the Connelly universe in the right order' })).toBeInTheDocument();
    expect(document.querySelector('.lede')).toHaveTextContent(
      `${String(counts.shows)} TV series (${String(counts.episodes)} episodes), ${String(counts.films)} films, ${String(counts.novels)} novels and ${String(counts.shortFiction)} pieces of short fiction`,
    );
    expect(counts.films).toBe(2);
    expect(screen.getByRole('button', { name: 'Start “The Double Helix”' })).toBeDisabled();
  });

  it('paints another shipped universe’s own words and presets from its summary, before its pack is in', async () => {
    const { useFranchiseStore } = await import('../../src/data/franchise-store');
    const { DEFAULT_SUMMARY, OTHER_SUMMARIES } = await import('virtual:pack-summaries');
    useFranchiseStore.setState({ state: { status: 'empty', source: null } });
    const { render } = await import('@testing-library/react');
    const { createMemoryRouter, RouterProvider } = await import('react-router-dom');
    render(<RouterProvider router={createMemoryRouter([{ path: '/', element: <HomePage /> }], { initialEntries: ['/?pack=expanse'] })} />);
    const expanse = await OTHER_SUMMARIES.expanse!();
    expect(await screen.findByRole('heading', { level: 1, name: expanse.tagline })).toBeInTheDocument();
    expect(expanse.tagline).not.toBe(DEFAULT_SUMMARY.tagline);
    expect(document.querySelector('.lede')).toHaveTextContent(`${String(expanse.shows)} TV series (${String(expanse.episodes)} episodes)`);
    const first = expanse.presets[0]!;
    expect(screen.getByRole('button', { name: `Start “${first.name}”` })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Start “The Double Helix”' })).toBeNull();
  });
});
