import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { continueCard, homeLoader, planList } from '../../src/features/home/continue-card-loader';
import { HomePage } from '../../src/features/home/HomePage';
import { useHelixStore } from '../../src/store/helix-store';
import { INITIAL_STATE } from '../../src/store/helix-store';
import { shippedPackJson, renderWithPack } from './render-with-pack';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { planFromPreset } from '../../src/domain/plan/presets';
import { PRESETS } from '../unit/fixtures/shipped-presets';

describe('Home’s route loader', () => {
  beforeEach(() => useHelixStore.setState(INITIAL_STATE));

  it('fetches nothing for a first-time visitor', async () => {
    await homeLoader();
    expect(continueCard.isLoaded()).toBe(false);
    expect(planList.isLoaded()).toBe(false);
  });

  it('has the Continue card ready before Home renders when there is a plan, so it never pops in', async () => {
    const pack = parsePack(shippedPackJson());
    const preset = PRESETS.find((p) => p.id === 'double-helix');
    if (!preset) throw new Error('no preset');
    useHelixStore.setState({ plans: [planFromPreset(pack, preset, { id: 'dh', now: 1, startDate: '2026-11-26' })], activePlanId: 'dh' });
    await homeLoader();
    expect(continueCard.isLoaded()).toBe(true);
    renderWithPack([{ path: '/', element: <HomePage /> }], '/');
    // present in the very first render: no Suspense fallback in between
    expect(screen.getByRole('region', { name: 'Continue “The Double Helix”' })).toBeInTheDocument();
    expect(document.querySelector('.continue--loading')).toBeNull();
    // so are each plan's progress and each preset's size
    expect(screen.getByRole('progressbar', { name: 'Progress of The Double Helix' })).toBeInTheDocument();
    expect(document.querySelector('.plan-list__progress--loading')).toBeNull();
    expect(document.querySelector('.preset__facts--loading')).toBeNull();
  });
});
