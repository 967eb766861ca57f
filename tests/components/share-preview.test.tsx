import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SharePreviewPage } from '../../src/features/share-preview/SharePreviewPage';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { renderWithPack } from './render-with-pack';
import { codeOf, doubleHelixPlan, itemCount, packJson, payloadOf } from './share-helpers';
import { ProgressMap } from '../../src/domain/progress/progress-map';

const routes = [
  { path: '/', element: <h1>Home</h1> },
  { path: '/plan', element: <h1>Plan page</h1> },
  { path: '/s/:code', element: <SharePreviewPage /> },
];

// The Double Helix opens with Bosch: Legacy season 3 (see the order engine tests).
const THEIRS = ['legacy-s03e01', 'legacy-s03e02'];
const MINE = ProgressMap.fromRecord({ 'legacy-s03e03': { done: true, at: 1_000 }, 'bosch-s01e01': { done: true, at: 2_000 } });

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE, progress: MINE });
  localStorage.setItem('helix:state', '{"sentinel":true}');
});

const open = (code: string) => renderWithPack(routes, `/s/${code}`, packJson);

describe('share preview page', () => {
  it('shows the plan’s name, order, size, progress and data version before anything is saved', async () => {
    open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    expect(await screen.findByRole('heading', { level: 1, name: 'The Double Helix' })).toBeInTheDocument();
    expect(screen.getByText(/^Helix · /)).toBeInTheDocument();
    const items = itemCount(doubleHelixPlan());
    expect(screen.getByText(new RegExp(`^${items} items · ≈`))).toBeInTheDocument();
    expect(screen.getByTestId('share-progress')).toHaveTextContent(`2 of ${items} items done by the sender (2 marks; 2 new for you)`);
    expect(screen.getByText(/^Same data as yours/)).toBeInTheDocument();
    expect(useHelixStore.getState().progress).toBe(MINE);
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(localStorage.getItem('helix:state')).toBe('{"sentinel":true}');
  });

  it('merges the link’s progress into mine without removing anything of mine', async () => {
    const user = userEvent.setup();
    open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    await user.click(await screen.findByRole('button', { name: 'Merge progress into mine' }));
    const progress = useHelixStore.getState().progress;
    expect([...progress.keys()].filter((id) => progress.isDone(id)).sort()).toEqual(['bosch-s01e01', 'legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03']);
    expect(progress.get('legacy-s03e03')).toEqual(MINE.get('legacy-s03e03'));
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(screen.getByRole('status')).toHaveTextContent('Added 2 done marks to your progress');
  });

  it('opens the link as a new, active plan with a fresh id and lands on the plan', async () => {
    const user = userEvent.setup();
    const { router } = open(codeOf(payloadOf(doubleHelixPlan('sender-id'), THEIRS)));
    await user.click(await screen.findByRole('button', { name: 'Open as a new plan' }));
    const { plans, activePlanId, progress } = useHelixStore.getState();
    expect(plans).toHaveLength(1);
    expect(plans[0]?.name).toBe('The Double Helix');
    expect(plans[0]?.id).not.toBe('sender-id');
    expect(activePlanId).toBe(plans[0]?.id);
    expect(progress.get('legacy-s03e01')?.done).toBe(true);
    expect(progress.get('bosch-s01e01')).toEqual(MINE.get('bosch-s01e01'));
    expect(router.state.location.pathname).toBe('/plan');
  });

  it('disables merging when the link carries no progress', async () => {
    open(codeOf(payloadOf(doubleHelixPlan())));
    expect(await screen.findByRole('button', { name: 'Merge progress into mine' })).toBeDisabled();
    expect(screen.getByTestId('share-progress')).toHaveTextContent('Not included');
  });

  it('cancels back home without saving anything', async () => {
    const user = userEvent.setup();
    const { router } = open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    await user.click(await screen.findByRole('link', { name: 'Cancel' }));
    expect(router.state.location.pathname).toBe('/');
    expect(useHelixStore.getState().progress).toBe(MINE);
  });

  it('says when the link was made with older data and still opens it', async () => {
    const plan = { ...doubleHelixPlan(), dataVersion: '2020-01-01' };
    open(codeOf(payloadOf(plan, THEIRS)));
    expect(await screen.findByText(/^Made with data of 1 Jan 2020, you have /)).toHaveTextContent('your data is newer');
    expect(screen.getByRole('button', { name: 'Open as a new plan' })).toBeEnabled();
  });

  it('warns about ids this data does not know', async () => {
    open(codeOf(payloadOf(doubleHelixPlan(), [...THEIRS, 'bosch-s99e01'])));
    expect(await screen.findByText(/^1 item in this link is not in this version of the data/)).toBeInTheDocument();
  });

  it.each([
    ['tampered', (code: string) => code.replace(/\.(.)/, (_, c: string) => `.${c === 'z' ? 'r' : 'z'}`), 'changed or damaged'],
    ['truncated', (code: string) => code.slice(0, code.length - 10), 'incomplete'],
    ['from a newer version', (code: string) => code.replace(/^1\./, '9.'), 'newer version of Helix'],
    ['not a Helix link', () => 'hello-world', 'doesn’t look like a Helix plan link'],
  ])('names the problem of a %s link, offers a way home and changes nothing', async (_, spoil, message) => {
    open(spoil(codeOf(payloadOf(doubleHelixPlan(), THEIRS))));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Back to Home' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Open as a new plan' })).not.toBeInTheDocument();
    expect(useHelixStore.getState().progress).toBe(MINE);
    expect(localStorage.getItem('helix:state')).toBe('{"sentinel":true}');
  });
});
