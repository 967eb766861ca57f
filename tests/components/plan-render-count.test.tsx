import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, type ComponentProps, type FunctionComponent } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { DEFAULT_SETTINGS } from '../../src/domain/storage/persisted-state';
import { useHelixStore } from '../../src/store/helix-store';
import { connelly } from '../unit/order/connelly-pack';
import { checkboxLabel } from '../../src/ui/entry-text';
import { DOUBLE_HELIX, presetPlan, presetSpec, resetAppState, rowCheckbox, rowName } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

const renders = vi.hoisted(() => new Map<string, number>());

// Counts renders of each row by entry id, keeping the real row (and its memo comparison) underneath.
vi.mock('../../src/features/plan/OrderRow', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/features/plan/OrderRow')>();
  const inner = (original.OrderRow as unknown as { type: FunctionComponent<ComponentProps<typeof original.OrderRow>> }).type;
  const Counted = memo(function CountedOrderRow(props: ComponentProps<typeof original.OrderRow>) {
    renders.set(props.entry.id, (renders.get(props.entry.id) ?? 0) + 1);
    return inner(props);
  });
  return { ...original, OrderRow: Counted };
});

const entries = buildOrder(connelly, presetSpec('double-helix'));
// A reading block in the middle of the list: checking it does not move Up next.
const middle = entries.find((entry, i) => entry.kind === 'reading' && i > 5 && i < entries.length - 5);

beforeEach(() => {
  resetAppState();
  const plan = presetPlan('double-helix', 'dh', 1);
  useHelixStore.setState({ plans: [plan], activePlanId: plan.id, settings: { ...DEFAULT_SETTINGS, spoilerSafety: false } });
  renders.clear();
});

function snapshot(): Map<string, number> {
  return new Map(renders);
}

function changed(before: Map<string, number>): string[] {
  return [...renders].filter(([id, count]) => count !== before.get(id)).map(([id]) => id);
}

describe('Plan list rendering', () => {
  it('renders each row once on the first render', () => {
    renderWithPack([{ path: '/plan', element: <PlanPage /> }], '/plan');
    expect(renders.size).toBe(entries.length);
    expect([...renders.values()].every((count) => count === 1)).toBe(true);
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${entries.length} items done`);
  });

  it('re-renders only the row that was checked when it is in the middle of the list', async () => {
    const user = userEvent.setup();
    renderWithPack([{ path: '/plan', element: <PlanPage /> }], '/plan');
    if (!middle) throw new Error('the Double Helix has no reading block in the middle');
    const before = snapshot();
    await user.click(screen.getByRole('checkbox', { name: checkboxLabel(middle, false) }));
    expect(screen.getByRole('checkbox', { name: checkboxLabel(middle, false) })).toBeChecked();
    expect(changed(before)).toEqual([middle.id]);
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`1 of ${entries.length} items done`);
  });

  it('re-renders only the checked row even when the whole page updates because Up next moved', async () => {
    const user = userEvent.setup();
    renderWithPack([{ path: '/plan', element: <PlanPage /> }], '/plan');
    const before = snapshot();
    await user.click(screen.getByRole('checkbox', { name: rowCheckbox(0) }));
    expect(screen.getByRole('region', { name: 'Up next' })).toHaveTextContent(rowName(1));
    expect(changed(before)).toEqual([DOUBLE_HELIX[0]?.id]);
  });

  it('re-renders only the row that was unchecked, too', async () => {
    const user = userEvent.setup();
    useHelixStore.getState().setDone(['ballard-s01e04'], true);
    renderWithPack([{ path: '/plan', element: <PlanPage /> }], '/plan');
    const before = snapshot();
    await user.click(screen.getByRole('checkbox', { name: 'Mark Ballard S1E4 ‘Landmines’ as watched' }));
    expect(changed(before)).toEqual(['ballard-s01e04']);
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`0 of ${entries.length} items done`);
  });

  it('re-renders no row when a progress id outside the plan changes', async () => {
    renderWithPack([{ path: '/plan', element: <PlanPage /> }], '/plan');
    const before = snapshot();
    const { act } = await import('@testing-library/react');
    act(() => useHelixStore.getState().setDone(['bosch-s01e01'], true));
    expect(changed(before)).toEqual([]);
  });
});
