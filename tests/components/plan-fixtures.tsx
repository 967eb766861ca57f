import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router-dom';
import { vi } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import type { OrderSpec } from '../../src/domain/order/types';
import type { Plan } from '../../src/domain/plan/plan';
import { planFromPreset, PRESETS, type Preset } from '../../src/domain/plan/presets';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { useStorageHealth } from '../../src/store/storage-health';
import { useUndoStore } from '../../src/store/undo-store';
import { connelly } from '../unit/order/connelly-pack';
import { renderWithPack } from './render-with-pack';

function findPreset(id: string): Preset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new Error(`no preset ${id}`);
  return preset;
}

/** The order spec a preset builds from the shipped Connelly pack; throws for an unknown preset id. */
export function presetSpec(id: string): OrderSpec {
  return findPreset(id).spec(connelly);
}

/** The Double Helix order as the engine builds it today; tests count against it rather than a fixed number. */
export const ITEMS = buildOrder(connelly, presetSpec('double-helix')).length;

/** A plan made from a preset and the shipped pack, starting Monday 2 June 2025; createdAt orders plans in lists. */
export function presetPlan(presetId: string, id: string, createdAt = 1_000): Plan {
  return planFromPreset(connelly, findPreset(presetId), { id, now: createdAt, startDate: '2025-06-02' });
}

/** Empty stores (plans, undo, storage problems) and a silent window.scrollTo, for a beforeEach. */
export function resetAppState(): void {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined); // jsdom does not scroll; the list virtualiser asks it to
  useHelixStore.setState({ ...INITIAL_STATE });
  useUndoStore.setState({ last: null, history: [] });
  useStorageHealth.setState({ problems: [], newerVersion: null });
}

// The Double Helix order opens with Bosch: Legacy season 3 (see the order engine tests).
/** Accessible name of the first row's checkbox in the Double Helix. */
export const E1 = 'Mark Bosch: Legacy S3E1 ‘Goes Where It Goes’ as watched';
/** Accessible name of the second row's checkbox in the Double Helix. */
export const E2 = 'Mark Bosch: Legacy S3E2 ‘Bosching Bosch’ as watched';
/** Accessible name of the third row's checkbox in the Double Helix. */
export const E3 = 'Mark Bosch: Legacy S3E3 ‘Blankie’ as watched';
/** Accessible name of the fourth row's checkbox in the Double Helix. */
export const E4 = 'Mark Bosch: Legacy S3E4 ‘Whippoorwills’ as watched';

/** Renders the routes at '/' and starts the Double Helix preset from Home; returns the user and the render result. */
export async function startDoubleHelix(routes: RouteObject[]) {
  const user = userEvent.setup();
  const view = renderWithPack(routes, '/');
  await user.click(screen.getByRole('button', { name: 'Start “The Double Helix”' }));
  return { user, ...view };
}
