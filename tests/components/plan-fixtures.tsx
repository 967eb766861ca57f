import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RouteObject } from 'react-router-dom';
import { vi } from 'vitest';
import { buildOrder } from '../../src/domain/order/build-order';
import type { OrderEntry, OrderSpec } from '../../src/domain/order/types';
import { progressIdsOf } from '../../src/domain/progress/progress-ids';
import { checkboxLabel, entryName } from '../../src/ui/entry-text';
import type { Plan } from '../../src/domain/plan/plan';
import { planFromPreset } from '../../src/domain/plan/presets';
import { PRESETS, type ShippedPreset as Preset } from '../unit/fixtures/shipped-presets';
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

/** The Double Helix order as the engine builds it today: tests name its rows from it rather than by hand. */
export const DOUBLE_HELIX = buildOrder(connelly, presetSpec('double-helix'));
export const ITEMS = DOUBLE_HELIX.length;

function row(position: number): OrderEntry {
  const entry = DOUBLE_HELIX[position];
  if (!entry) throw new Error(`the Double Helix has no row ${position}`);
  return entry;
}
/** Accessible name of the checkbox of the Double Helix row at `position` (0-based). */
export const rowCheckbox = (position: number, hideTitle = false) => checkboxLabel(row(position), hideTitle);
/** The name a row shows (and Up next shows) for the Double Helix row at `position`. */
export const rowName = (position: number) => entryName(row(position));
/** The Up next button for the row at `position`: "Mark as watched" or "Mark as read". */
export const markAs = (position: number) => `Mark as ${row(position).kind === 'episode' ? 'watched' : 'read'}`;
/** Progress ids a check-off of the row at `position` sets. */
export const rowProgress = (position: number) => progressIdsOf(row(position));

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

/** Accessible names of the first four rows' checkboxes in the Double Helix. */
export const E1 = rowCheckbox(0);
export const E2 = rowCheckbox(1);
export const E3 = rowCheckbox(2);
export const E4 = rowCheckbox(3);

/** Renders the routes at '/' and starts the Double Helix preset from Home; returns the user and the render result. */
export async function startDoubleHelix(routes: RouteObject[]) {
  const user = userEvent.setup();
  const view = renderWithPack(routes, '/');
  await user.click(screen.getByRole('button', { name: 'Start “The Double Helix”' }));
  return { user, ...view };
}
