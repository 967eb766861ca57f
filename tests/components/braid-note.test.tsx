import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from '../../src/features/home/HomePage';
import { PlanPage } from '../../src/features/plan/PlanPage';
import { useHelixStore } from '../../src/store/helix-store';
import { useUndoStore } from '../../src/store/undo-store';
import { SPOILER_WINDOW } from '../../src/ui/spoiler-window';
import { DOUBLE_HELIX, presetPlan, resetAppState, rowProgress, startDoubleHelix } from './plan-fixtures';
import { renderWithPack } from './render-with-pack';

const routes = [
  { path: '/', element: <HomePage /> },
  { path: '/plan', element: <PlanPage /> },
];

beforeEach(resetAppState);

const note = () => screen.getByRole('region', { name: 'How this order is braided' });

describe('How this order is braided', () => {
  it('explains once, above the list, why the Gallagher endgame comes after Legacy’s finale', async () => {
    await startDoubleHelix(routes);
    expect(screen.getAllByRole('region', { name: 'How this order is braided' })).toHaveLength(1);
    expect(note()).toHaveTextContent(
        'Desert Star tells two cases at once: on screen, Bosch: Legacy S3 takes the Gallagher family case, then hands over to Ballard S1 and the Sarah Pearlman case.',
    );
    expect(note()).toHaveTextContent('so chapters 38–54, the part Bosch: Legacy S3 draws on, come after that season ends.');
  });

  it('switches a plan with progress to reading the book first in one click, keeps the progress, and can undo it', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [presetPlan('double-helix', 'dh')], activePlanId: 'dh' });
    useHelixStore.getState().setDone([...rowProgress(0), ...rowProgress(1)], true);
    renderWithPack(routes, '/plan');
    await user.click(within(note()).getByRole('button', { name: 'Read the book first' }));
    expect(useHelixStore.getState().plans[0]?.spec).toMatchObject({ strategy: 'book-first', include: ['legacy-s03', 'ballard-s01', 'desert-star'] });
    expect(screen.queryByRole('region', { name: 'How this order is braided' })).toBeNull();
    // The two chapters read stay read: reading progress is kept per chapter, not per plan.
    expect(screen.getByTestId('overall-progress')).toHaveTextContent(`2 of ${DOUBLE_HELIX.length} items done`);
    expect(screen.getByRole('checkbox', { name: 'Mark Desert Star, ch. 1 as read' })).toBeChecked();
    expect(useUndoStore.getState().last?.label).toBe('Switched “The Double Helix” to Book first');
    useUndoStore.getState().undoLast();
    expect(useHelixStore.getState().plans[0]?.spec.strategy).toBe('helix');
    expect(await screen.findByRole('region', { name: 'How this order is braided' })).toBeInTheDocument();
  });

  it('is not shown for an order that braids nothing', async () => {
    useHelixStore.setState({ plans: [presetPlan('lincoln', 'lincoln')], activePlanId: 'lincoln' });
    renderWithPack(routes, '/plan');
    expect(screen.getByRole('heading', { level: 1, name: 'The Lincoln Lawyer track' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'How this order is braided' })).toBeNull();
  });
});

describe('Copy as text with spoiler safety on', () => {
  const clipboard = () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    return writeText;
  };
  const firstFarEpisode = DOUBLE_HELIX.findIndex((entry, i) => i > SPOILER_WINDOW && entry.kind === 'episode');

  it('leaves out the episode titles the list hides, and says so', async () => {
    const { user } = await startDoubleHelix(routes);
    // After user-event's setup, which installs its own clipboard.
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    const far = DOUBLE_HELIX[firstFarEpisode];
    expect(text).toContain(`${firstFarEpisode + 1}. Bosch: Legacy S3E2 (2025-03-27, ≈45 min)`);
    expect(text).not.toContain(far?.title ?? '');
    expect(text).not.toContain('Library of Lost Souls');
    expect(text).toContain('3. Bosch: Legacy S3E1 – Goes Where It Goes (2025-03-27, ≈45 min)');
    expect(screen.getByText('Order copied ✓ (episode titles past the next few items left out)')).toBeInTheDocument();
  });

  it('copies every title only when asked to', async () => {
    const { user } = await startDoubleHelix(routes);
    // After user-event's setup, which installs its own clipboard.
    const writeText = clipboard();
    await user.click(screen.getByRole('button', { name: 'or copy with all titles' }));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('Ballard S1E1 – Library of Lost Souls (2025-07-09, ≈44 min)');
    expect(screen.getByText('Order copied ✓')).toBeInTheDocument();
  });

  it('copies every title, with one button, when spoiler safety is off', async () => {
    const { user } = await startDoubleHelix(routes);
    // After user-event's setup, which installs its own clipboard.
    const writeText = clipboard();
    await user.click(screen.getByRole('checkbox', { name: 'Spoiler safety' }));
    expect(screen.queryByRole('button', { name: 'or copy with all titles' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect((writeText.mock.calls[0] as unknown as [string])[0]).toContain('Ballard S1E1 – Library of Lost Souls');
  });
});
