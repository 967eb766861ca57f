import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { SharePreviewPage } from '../../src/features/share-preview/SharePreviewPage';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { presetPlan } from './plan-fixtures';
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
const doneIds = () => {
  const { progress } = useHelixStore.getState();
  return [...progress.keys()].filter((id) => progress.isDone(id)).sort();
};
/** B already follows the same plan under their own id, and another one. */
function withPlans() {
  const mine = { ...doubleHelixPlan('mine'), name: 'My helix' };
  useHelixStore.setState({ plans: [presetPlan('shows', 'shows', 5), mine], activePlanId: 'shows' });
  return mine;
}

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

  it('with no plan yet, offers only to open the plan with its progress, and that leaves B on the plan with the marks', async () => {
    const user = userEvent.setup();
    const { router } = open(codeOf(payloadOf(doubleHelixPlan('sender-id'), THEIRS)));
    expect(await screen.findByText(/You have no plan yet: opening this one makes it yours, with the sender’s 2 done marks/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Merge/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Open as a new plan and merge its progress' }));
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans.map((plan) => plan.name)).toEqual(['The Double Helix']);
    expect(plans[0]?.id).not.toBe('sender-id');
    expect(activePlanId).toBe(plans[0]?.id);
    expect(doneIds()).toEqual(['bosch-s01e01', 'legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03']);
    expect(useHelixStore.getState().progress.get('legacy-s03e03')).toEqual(MINE.get('legacy-s03e03'));
    expect(router.state.location.pathname).toBe('/plan');
  });

  it('merges into the plan of the same shape B already has, makes it active and says which plan got the marks', async () => {
    const user = userEvent.setup();
    const mine = withPlans();
    open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    await user.click(await screen.findByRole('button', { name: 'Merge progress into “My helix”' }));
    expect(doneIds()).toEqual(['bosch-s01e01', 'legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03']);
    expect(useHelixStore.getState().plans).toHaveLength(2);
    expect(useHelixStore.getState().activePlanId).toBe(mine.id);
    expect(screen.getByRole('status')).toHaveTextContent('Added 2 done marks to your progress in “My helix”. Nothing of yours was removed.');
    expect(screen.getByRole('link', { name: 'Go to “My helix”' })).toHaveAttribute('href', '/plan');
  });

  it('opens the link as a separate plan under a name none of B’s plans has', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [doubleHelixPlan('mine')], activePlanId: 'mine' });
    open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    await user.click(await screen.findByRole('button', { name: 'Open as a new plan, “The Double Helix (2)”' }));
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans.map((plan) => plan.name)).toEqual(['The Double Helix', 'The Double Helix (2)']);
    expect(activePlanId).toBe(plans[1]?.id);
  });

  it('when none of B’s plans has the link’s shape, merges only the progress if asked, adding no plan', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('shows', 'shows')], activePlanId: 'shows' });
    open(codeOf(payloadOf(doubleHelixPlan(), THEIRS)));
    expect(await screen.findByRole('button', { name: 'Open as a new plan and merge its progress' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Merge only the progress' }));
    expect(useHelixStore.getState().plans.map((plan) => plan.id)).toEqual(['shows']);
    expect(doneIds()).toEqual(['bosch-s01e01', 'legacy-s03e01', 'legacy-s03e02', 'legacy-s03e03']);
    expect(screen.getByRole('status')).toHaveTextContent('They show in every plan of yours that holds the same items.');
    expect(screen.getByRole('link', { name: 'Go to my plan' })).toBeInTheDocument();
  });

  it('without progress in the link, offers no merge: B goes to the plan they already have, or opens a new one', async () => {
    const user = userEvent.setup();
    const mine = withPlans();
    const { router } = open(codeOf(payloadOf(doubleHelixPlan())));
    expect(await screen.findByTestId('share-progress')).toHaveTextContent('Not included');
    expect(screen.queryByRole('button', { name: /Merge/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open as a new plan, “The Double Helix”' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to “My helix”' }));
    expect(useHelixStore.getState().activePlanId).toBe(mine.id);
    expect(router.state.location.pathname).toBe('/plan');
    expect(useHelixStore.getState().progress).toBe(MINE);
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
    expect(screen.getByRole('button', { name: 'Open as a new plan and merge its progress' })).toBeEnabled();
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
    expect(screen.queryByRole('button', { name: /^Open as a new plan/ })).not.toBeInTheDocument();
    expect(useHelixStore.getState().progress).toBe(MINE);
    expect(localStorage.getItem('helix:state')).toBe('{"sentinel":true}');
  });
});
