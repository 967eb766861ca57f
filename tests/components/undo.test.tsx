import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Outlet } from 'react-router-dom';
import { act } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorPage } from '../../src/features/editor/EditorPage';
import { HomePage } from '../../src/features/home/HomePage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { useHelixStore } from '../../src/store/helix-store';
import { useUndoStore } from '../../src/store/undo-store';
import { UndoToast } from '../../src/ui/UndoToast';
import { E1, E2, E3, ITEMS, resetAppState, rowName, startDoubleHelix } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

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
      { path: '/plan', element: <PlanPage /> },
      { path: '/plan/edit/:planId', element: <EditorPage /> },
    ],
  },
];

beforeEach(resetAppState);
afterEach(() => vi.useRealTimers());

const toast = () => screen.getByRole('status');

describe('Undo', () => {
  it('shows a toast with an Undo button after a check-off', async () => {
    const { user } = await startDoubleHelix(routes);
    // starting a preset is itself undoable
    expect(toast()).toHaveTextContent('Started “The Double Helix”');
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(toast()).toHaveTextContent(`Marked ${rowName(0)}`);
    expect(within(toast()).getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('restores the previous state when Undo is clicked, and the toast goes away', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${ITEMS} items done`);
    expect(within(toast()).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('undoes only the last change', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.click(screen.getByRole('checkbox', { name: E2 }));
    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: E2 })).not.toBeChecked();
  });

  it('restores with Ctrl+Z', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
  });

  it('restores with Cmd+Z', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.keyboard('{Meta>}z{/Meta}');
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
  });

  it('undoes "done up to here" as one change', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('button', { name: `Done up to here: ${rowName(2)}` }));
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`3 of ${ITEMS} items done`);
    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${ITEMS} items done`);
  });

  it('keeps an item that was done before "done up to here" done after the undo', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E2 }));
    await user.click(screen.getByRole('button', { name: `Done up to here: ${rowName(2)}` }));
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: E2 })).toBeChecked();
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`1 of ${ITEMS} items done`);
  });

  it('brings back a plan deleted from Home’s list, active again', async () => {
    const { user, router } = await startDoubleHelix(routes);
    await router.navigate('/');
    const plansSection = await screen.findByRole('region', { name: 'Your plans' });
    const before = useHelixStore.getState().plans[0];
    await user.click(within(plansSection).getByRole('button', { name: 'Delete “The Double Helix”' }));
    expect(screen.queryByRole('region', { name: 'Your plans' })).not.toBeInTheDocument();
    expect(useHelixStore.getState().activePlanId).toBeNull();
    expect(toast()).toHaveTextContent('Deleted “The Double Helix”');
    await user.click(within(toast()).getByRole('button', { name: 'Undo' }));
    const restored = screen.getByRole('region', { name: 'Your plans' });
    expect(within(restored).getByText('The Double Helix')).toBeInTheDocument();
    const { plans, activePlanId, deletedPlans } = useHelixStore.getState();
    expect(plans.map((p) => p.id)).toEqual([before?.id]);
    expect(activePlanId).toBe(before?.id);
    expect(deletedPlans).toEqual(new Map());
    expect(plans[0]?.spec).toEqual(before?.spec);
  });

  it('walks back to before the preset was started, then does nothing on Ctrl+Z when there is nothing left to undo', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
    expect(useHelixStore.getState().plans).toHaveLength(1);
    await user.keyboard('{Control>}z{/Control}'); // the start of the preset
    expect(useHelixStore.getState().plans).toEqual([]);
    await user.keyboard('{Control>}z{/Control}');
    expect(useHelixStore.getState().plans).toEqual([]);
    expect(useHelixStore.getState().progress.isDone('legacy-s03e01')).toBe(false);
  });

  it('leaves Ctrl+Z alone inside a text field', async () => {
    const user = userEvent.setup();
    useHelixStore.getState().upsertPlan({
      id: 'p-text',
      name: 'Text',
      packId: 'connelly',
      dataVersion: '2025-06-01',
      spec: { include: ['legacy-s03'], strategy: 'release', readingGranularity: 'book' },
      pace: { minutesPerWeekday: [60, 60, 60, 60, 60, 120, 120], pagesPerHour: 40 },
      startDate: '2025-06-02',
      createdAt: 1,
      updatedAt: 1,
    });
    let undone = false;
    useUndoStore.getState().push({ label: 'Marked something', undo: () => (undone = true) });
    renderWithPack(routes, '/plan/edit/p-text');
    await user.click(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Control>}z{/Control}');
    expect(undone).toBe(false);
    expect(useUndoStore.getState().last).not.toBeNull();
  });

  it('still undoes with Ctrl+Z after the toast has gone (the README promises undo for any change)', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    act(() => vi.advanceTimersByTime(8_100));
    expect(within(toast()).queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E1 })).not.toBeChecked();
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${ITEMS} items done`);
  });

  it('walks back several changes with Ctrl+Z, latest first, one per press', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.click(screen.getByRole('checkbox', { name: E2 }));
    await user.click(screen.getByRole('checkbox', { name: E3 }));
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('checkbox', { name: E3 })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: E2 })).toBeChecked();
    await user.keyboard('{Control>}z{/Control}{Control>}z{/Control}');
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${ITEMS} items done`);
  });
});
