import { screen, waitFor, within } from '@testing-library/react';
import { NavLink, Outlet } from 'react-router-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { withScreenBoundary } from '../../src/app/router';
import { DEFAULT_SETTINGS } from '../../src/domain/storage/persisted-state';
import { HomePage } from '../../src/features/home/HomePage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { SharePreviewPage } from '../../src/features/share-preview/SharePreviewPage';
import { loadSavedState } from '../../src/store/load-saved-state';
import { STORAGE_KEY } from '../../src/store/safe-storage';
import { NotFound } from '../../src/ui/NotFound';
import { presetPlan, resetAppState } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';
import { codeOf, doubleHelixPlan, packJson, payloadOf } from './share-helpers';

const RLO = '\u202e';

beforeEach(() => {
  resetAppState();
  localStorage.clear();
  document.title = 'Before · Helix';
});

function Boom(): never {
  throw new Error('This screen broke');
}

/** The app's shape: a shell with navigation around the screens, which sit inside one error boundary. */
const routes = [
  {
    element: (
      <>
        <nav aria-label="Main">
          <NavLink to="/">Home</NavLink> <NavLink to="/plan">Plan</NavLink>
        </nav>
        <Outlet />
      </>
    ),
    children: [
      withScreenBoundary([
        { path: '/', element: <HomePage /> },
        { path: '/plan', element: <PlanPage /> },
        { path: '/s/:code', element: <SharePreviewPage /> },
        { path: '/broken', element: <Boom /> },
        { path: '/stale-chunk', lazy: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/SettingsPage-abc.js')) },
        { path: '*', element: <NotFound /> },
      ]),
    ],
  },
];

describe('names from links and files', () => {
  it('shows a share link’s plan name without bidi overrides or control characters, in the heading and the tab title', async () => {
    const payload = { ...payloadOf(doubleHelixPlan()), name: `${RLO}gnp.xileh\u0007 plan` };
    renderWithPack(routes, `/s/${codeOf(payload)}`, packJson);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('gnp.xileh plan');
    await waitFor(() => expect(document.title).toBe('Shared plan: gnp.xileh plan · Helix'));
  });

  it('shows a plan name from saved data or a backup without a right-to-left override', async () => {
    const plan = { ...presetPlan('double-helix', 'p1'), name: `My ${RLO}nalp` };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { progress: {}, plans: [plan], deletedPlans: {}, activePlanId: 'p1', settings: DEFAULT_SETTINGS }, version: 2 }));
    loadSavedState();
    renderWithPack(routes, '/plan', packJson);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('My nalp');
    await waitFor(() => expect(document.title).toBe('My nalp · Helix'));
  });
});

describe('an active plan id that names no plan', () => {
  it('shows the first plan instead of “No plan yet” while Home lists plans', async () => {
    const plan = presetPlan('double-helix', 'p1');
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ state: { progress: {}, plans: [plan], deletedPlans: {}, activePlanId: 'hand-edited', settings: DEFAULT_SETTINGS }, version: 2 }));
    loadSavedState();
    renderWithPack(routes, '/plan', packJson);
    expect(await screen.findByRole('heading', { level: 1, name: 'The Double Helix' })).toBeInTheDocument();
    expect(screen.queryByText('No plan yet')).not.toBeInTheDocument();
  });
});

describe('errors on one screen', () => {
  it('show under the navigation, which keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // React reports the caught render error
    const { router } = renderWithPack(routes, '/broken', packJson);
    expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This screen broke');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await router.navigate('/');
    expect(await screen.findByRole('button', { name: 'Start “The Double Helix”' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });

  it('offer a reload when a screen’s code fails to load (a deploy since the page opened)', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    renderWithPack(routes, '/stale-chunk', packJson);
    expect(await screen.findByRole('heading', { name: 'This screen couldn’t be loaded' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(reload).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.title).toBe('This screen couldn’t be loaded · Helix'));
  });
});

describe('the tab title', () => {
  it('follows in-app navigation to a route that does not exist', async () => {
    const { router } = renderWithPack(routes, '/', packJson);
    await waitFor(() => expect(document.title).toBe('Home · Helix'));
    await router.navigate('/no-such-screen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found · Helix'));
  });
});
