import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { useHelixStore } from '../../src/store/helix-store';
import { checkboxLabel } from '../../src/ui/entry-text';
import { connelly } from '../unit/order/connelly-pack';
import { E1, E2, E3, E4, ITEMS, presetPlan, presetSpec, resetAppState, rowName, rowProgress, startDoubleHelix } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';
import userEvent from '@testing-library/user-event';
import { HomePage } from '../../src/features/home/HomePage';

const routes = [
  { path: '/', element: <HomePage /> },
  { path: '/plan', element: <PlanPage /> },
];

beforeEach(resetAppState);

const list = () => screen.getByRole('list', { name: 'Viewing and reading order' });
const overall = () => screen.getByTestId('overall-progress');
const tabbable = () => within(list()).getAllByRole('checkbox').filter((box) => box.tabIndex === 0);

describe('plan list keyboard model', () => {
  it('is one Tab stop, on the next unwatched row', async () => {
    const { user } = await startDoubleHelix(routes);
    expect(tabbable()).toEqual([screen.getByRole('checkbox', { name: E1 })]);
    await user.click(screen.getByRole('checkbox', { name: E1 }));
    // the row the user is on keeps the stop
    expect(tabbable()).toEqual([screen.getByRole('checkbox', { name: E1 })]);
    const buttons = within(list()).getAllByRole('button', { hidden: true });
    expect(buttons.every((button) => button.tabIndex === -1)).toBe(true);
  });

  it('starts at the next unwatched row from anywhere on the page: j focuses it, x ticks it', async () => {
    const plan = presetPlan('double-helix', 'dh');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    useHelixStore.getState().setDone([...rowProgress(0), ...rowProgress(1)], true);
    const user = userEvent.setup();
    renderWithPack(routes, '/plan');
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('j');
    expect(screen.getByRole('checkbox', { name: E3 })).toHaveFocus();
    await user.keyboard('x');
    expect(screen.getByRole('checkbox', { name: E3 })).toBeChecked();
    expect(overall()).toHaveTextContent(`3 of ${ITEMS} items done`);
  });

  it('ticks the next unwatched item with x or Space before anything has focus, and marks up to it with Shift+X', async () => {
    const { user } = await startDoubleHelix(routes);
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard(' ');
    expect(screen.getByRole('checkbox', { name: E1 })).toBeChecked();
    await user.keyboard('j');
    await user.keyboard('j');
    await user.keyboard('{Shift>}X{/Shift}');
    expect(screen.getByRole('checkbox', { name: E2 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: E3 })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: E4 })).not.toBeChecked();
    expect(overall()).toHaveTextContent(`3 of ${ITEMS} items done`);
  });

  it('leaves letters and Space to the search field', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.type(screen.getByRole('searchbox', { name: 'Search this plan' }), 'x j ');
    expect(overall()).toHaveTextContent(`0 of ${ITEMS} items done`);
    expect(screen.getByRole('searchbox', { name: 'Search this plan' })).toHaveValue('x j ');
  });

  it('reaches a row’s “Done up to here” with →, named by its visible words, and comes back with ←', async () => {
    const { user } = await startDoubleHelix(routes);
    screen.getByRole('checkbox', { name: E3 }).focus();
    await user.keyboard('{ArrowRight}');
    const action = document.activeElement as HTMLElement;
    expect(action.textContent).toBe('Done up to here');
    expect(action.getAttribute('aria-label')).toBe(`Done up to here: ${rowName(2)}`);
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('checkbox', { name: E3 })).toHaveFocus();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(overall()).toHaveTextContent(`3 of ${ITEMS} items done`);
    expect(screen.getByRole('checkbox', { name: E3 })).toHaveFocus();
  });
});

describe('plan filters', () => {
  it('narrows the list by words, kind and show, says how many match, and clears', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.type(screen.getByRole('searchbox', { name: 'Search this plan' }), 'ballard');
    const rows = within(list()).getAllByRole('checkbox');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.getAttribute('aria-label')).toMatch(/^Mark (Ballard S1E\d+|Desert Star, ch\. [\d–]+)/);
    expect(screen.getByText(`${rows.length} of ${ITEMS} items match`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(within(list()).getAllByRole('checkbox')).toHaveLength(ITEMS);
    await user.click(screen.getByRole('radio', { name: 'Read' }));
    expect(within(list()).getAllByRole('checkbox').every((box) => / as read$/.test(box.getAttribute('aria-label') ?? ''))).toBe(true);
    await user.click(screen.getByRole('radio', { name: 'All' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show or series' }), 'show:legacy');
    expect(within(list()).getAllByRole('checkbox')).toHaveLength(10);
  });

  it('marks the plan’s whole order with “Done up to here” on a filtered list, and says it does', async () => {
    const { user } = await startDoubleHelix(routes);
    await user.click(screen.getByRole('radio', { name: 'Watch' }));
    expect(screen.getByText(/“Done up to here” marks the plan’s whole order/)).toBeInTheDocument();
    const entries = buildOrder(connelly, presetSpec('double-helix'));
    const target = entries.findIndex((e) => e.id === 'ballard-s01e02');
    await user.click(screen.getByRole('button', { name: /^Done up to here: Ballard S1E2/, hidden: true }));
    // every item before it in the plan, books included
    expect(overall()).toHaveTextContent(`${target + 1} of ${ITEMS} items done`);
    expect(entries.slice(0, target + 1).some((e) => e.kind === 'reading')).toBe(true);
  });

  it('reads the filter from the address, as a reload or Back would', () => {
    const plan = presetPlan('everything', 'all');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    renderWithPack(routes, '/plan?kind=episode&group=show:ballard');
    const rows = within(list()).getAllByRole('checkbox');
    expect(rows).toHaveLength(10);
    expect(screen.getByRole('radio', { name: 'Watch' })).toBeChecked();
  });

  it('focuses the item a link names (from the Helix picture)', () => {
    const plan = presetPlan('double-helix', 'dh');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id, settings: { ...useHelixStore.getState().settings, spoilerSafety: false } });
    const entries = buildOrder(connelly, presetSpec('double-helix'));
    const target = entries.find((e) => e.id === 'desert-star#38-41');
    if (!target) throw new Error('no block');
    const { router } = renderWithPack(routes, `/plan?item=${encodeURIComponent(target.id)}`);
    expect(screen.getByRole('checkbox', { name: checkboxLabel(target, false) })).toHaveFocus();
    expect(router.state.location.search).toBe('');
  });
});
