import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { EditorPage } from '../../src/features/editor/EditorPage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { useHelixStore } from '../../src/store/helix-store';
import { STRATEGY_TEXT } from '../../src/ui/strategy-text';
import { presetPlan, resetAppState } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

const routes = [
  { path: '/', element: <p>Home</p> },
  { path: '/plan', element: <PlanPage /> },
  { path: '/plan/edit', element: <EditorPage /> },
  { path: '/plan/edit/:planId', element: <EditorPage /> },
];

beforeEach(resetAppState);

const checkbox = (name: string) => screen.getByRole<HTMLInputElement>('checkbox', { name });

describe('Plan editor', () => {
  it('shows a show’s checkbox as mixed when only some of its seasons are chosen', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    const legacy = checkbox('Bosch: Legacy');
    expect(legacy.indeterminate).toBe(false);
    await user.click(checkbox('Bosch: Legacy season 3 (10 episodes)'));
    expect(legacy.indeterminate).toBe(true);
    expect(legacy).not.toBeChecked();
    expect(legacy).toBePartiallyChecked();
    await user.click(checkbox('Bosch: Legacy season 1 (10 episodes)'));
    await user.click(checkbox('Bosch: Legacy season 2 (10 episodes)'));
    expect(legacy.indeterminate).toBe(false);
    expect(legacy).toBeChecked();
  });

  it('selects every released season when a show is checked, and clears them when unchecked', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    await user.click(checkbox('Bosch'));
    for (let n = 1; n <= 7; n++) expect(screen.getByRole('checkbox', { name: new RegExp(`^Bosch season ${n} \\(`) })).toBeChecked();
    expect(checkbox('Bosch: Legacy season 1 (10 episodes)')).not.toBeChecked();
    await user.click(checkbox('Bosch'));
    for (let n = 1; n <= 7; n++) expect(screen.getByRole('checkbox', { name: new RegExp(`^Bosch season ${n} \\(`) })).not.toBeChecked();
  });

  it('disables announced seasons and leaves them out when their show is checked', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    const announced = checkbox('Ballard season 2 (announced, no episodes yet)');
    expect(announced).toBeDisabled();
    expect(checkbox('The Lincoln Lawyer season 5 (announced, no episodes yet)')).toBeDisabled();
    await user.click(checkbox('Ballard'));
    expect(checkbox('Ballard season 1 (10 episodes)')).toBeChecked();
    expect(announced).not.toBeChecked();
    expect(checkbox('Ballard')).toBeChecked();
  });

  it('gives every order strategy a radio button with its explanation', () => {
    renderWithPack(routes, '/plan/edit');
    const group = screen.getByRole('group', { name: 'Order' });
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(Object.keys(STRATEGY_TEXT).length);
    for (const { name, explain } of Object.values(STRATEGY_TEXT)) {
      const radio = within(group).getByRole('radio', { name: (accessible) => accessible.startsWith(name) && accessible.endsWith(explain) });
      expect(radio.closest('label')).toHaveTextContent(`${name} — ${explain}`);
    }
    expect(within(group).getByRole('radio', { name: /^Release order/ })).toBeChecked();
  });

  it('checks a whole novel series with its group checkbox', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    const haller = screen.getByRole<HTMLInputElement>('checkbox', { name: /^Mickey Haller \(\d+\)$/ });
    await user.click(checkbox('The Lincoln Lawyer (2005)'));
    expect(haller.indeterminate).toBe(true);
    await user.click(haller);
    expect(haller).toBeChecked();
    expect(checkbox('The Lincoln Lawyer (2005)')).toBeChecked();
  });

  it('refuses to save a plan with nothing selected', async () => {
    const user = userEvent.setup();
    const { router } = renderWithPack(routes, '/plan/edit');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one season or novel.');
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(router.state.location.pathname).toBe('/plan/edit');
  });

  it('refuses to save a plan without a name', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    await user.click(checkbox('Ballard'));
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Give the plan a name.');
    expect(useHelixStore.getState().plans).toEqual([]);
  });

  it('creates a new plan, makes it active and opens it', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('shows', 'other')], activePlanId: 'other' });
    const { router } = renderWithPack(routes, '/plan/edit');
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ballard and Desert Star');
    await user.click(checkbox('Ballard'));
    await user.click(checkbox('Desert Star (2022)'));
    await user.click(screen.getByRole('radio', { name: /^Helix/ }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(router.state.location.pathname).toBe('/plan');
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans).toHaveLength(2);
    const created = plans.find((p) => p.id !== 'other');
    expect(created?.name).toBe('Ballard and Desert Star');
    expect(created?.spec).toMatchObject({ include: ['ballard', 'desert-star'], strategy: 'helix', readingGranularity: 'book' });
    expect(created?.spec.seriesOrder).toBeUndefined();
    expect(activePlanId).toBe(created?.id);
    expect(screen.getByRole('heading', { level: 1, name: 'Ballard and Desert Star' })).toBeInTheDocument();
  });

  it('picks a film beside the TV series, and opens a plan that has one with the film ticked', async () => {
    const user = userEvent.setup();
    const { router } = renderWithPack(routes, '/plan/edit');
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'McCaleb');
    const films = checkbox('Films (2)');
    expect(films).not.toBeChecked();
    await user.click(checkbox('Blood Work (film, 2002)'));
    expect(films).toBePartiallyChecked();
    await user.click(checkbox('Blood Work (1998)'));
    await user.click(screen.getByRole('radio', { name: /^Book first/ }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(router.state.location.pathname).toBe('/plan');
    const saved = useHelixStore.getState().plans[0];
    expect(saved?.spec.include).toEqual(['film-blood-work', 'blood-work']);
    expect(screen.getByRole('checkbox', { name: 'Mark Blood Work (film) as watched' })).toBeInTheDocument();
    await router.navigate(`/plan/edit/${saved?.id ?? ''}`);
    expect(await screen.findByRole('checkbox', { name: 'Blood Work (film, 2002)' })).toBeChecked();
    expect(checkbox('The Lincoln Lawyer (film, 2011)')).not.toBeChecked();
  });

  it('opens an existing plan with its choices and updates it in place', async () => {
    const user = userEvent.setup();
    const plan = presetPlan('double-helix', 'dh');
    useHelixStore.setState({ plans: [plan, presetPlan('shows', 'other')], activePlanId: 'other' });
    const { router } = renderWithPack(routes, '/plan/edit/dh');
    expect(screen.getByRole('heading', { level: 1, name: 'Edit “The Double Helix”' })).toBeInTheDocument();
    expect(checkbox('Bosch: Legacy season 3 (10 episodes)')).toBeChecked();
    expect(checkbox('Bosch: Legacy').indeterminate).toBe(true);
    expect(checkbox('Desert Star (2022)')).toBeChecked();
    expect(screen.getByRole('radio', { name: /^Helix/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /^Release order/ }));
    await user.click(checkbox('Bosch: Legacy season 2 (10 episodes)'));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(router.state.location.pathname).toBe('/plan');
    const { plans, activePlanId } = useHelixStore.getState();
    expect(plans.map((p) => p.id)).toEqual(['dh', 'other']);
    const saved = plans[0];
    expect(saved?.spec.strategy).toBe('release');
    // Ballard S1 was chosen as a season, so it stays one: saving never widens a plan to later seasons.
    expect(saved?.spec.include).toEqual(['legacy-s02', 'legacy-s03', 'ballard-s01', 'desert-star']);
    expect(saved?.createdAt).toBe(plan.createdAt);
    expect(saved?.updatedAt).toBeGreaterThan(plan.updatedAt);
    expect(activePlanId).toBe('dh');
  });

  it('renames a plan', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    renderWithPack(routes, '/plan/edit/dh');
    const name = screen.getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('The Double Helix');
    await user.clear(name);
    await user.type(name, '  Weekend braid  ');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(useHelixStore.getState().plans.map((p) => p.name)).toEqual(['Weekend braid']);
    expect(screen.getByRole('heading', { level: 1, name: 'Weekend braid' })).toBeInTheDocument();
  });

  it('keeps the series order field for the series strategy only', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/plan/edit');
    expect(screen.queryByRole('group', { name: 'Series order' })).not.toBeInTheDocument();
    await user.click(checkbox('Ballard'));
    await user.click(checkbox('Bosch'));
    await user.click(screen.getByRole('radio', { name: /^Series by series/ }));
    const field = screen.getByRole('group', { name: 'Series order' });
    expect(within(field).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['Bosch', 'Ballard']);
    await user.click(within(field).getByRole('button', { name: 'Move Ballard up' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(useHelixStore.getState().plans[0]?.spec.seriesOrder).toEqual(['ballard', 'bosch']);
  });

  it('says so when the plan to edit does not exist', () => {
    renderWithPack(routes, '/plan/edit/missing');
    expect(screen.getByText(/This plan does not exist/)).toBeInTheDocument();
  });
});
