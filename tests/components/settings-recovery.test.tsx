import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/domain/storage/persisted-state';
import { SettingsPage } from '../../src/features/settings/SettingsPage';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { loadSavedState } from '../../src/store/load-saved-state';
import { startSaving } from '../../src/store/persistence';
import { BACKUP_PREFIX, STORAGE_KEY } from '../../src/store/safe-storage';
import { useStorageHealth } from '../../src/store/storage-health';
import { usePersistence } from '../../src/store/persistence-guard';
import { renderWithPack } from './render-with-pack';
import { doubleHelixPlan, packJson } from './share-helpers';

const routes = [{ path: '/settings', element: <SettingsPage /> }];
const plan = doubleHelixPlan('my-plan');

/**
 * What main's Helix wrote after merging a share link holding the id `constructor` (issue 12, reproduction 1):
 * `Math.max(undefined, at)` made the time NaN, which JSON writes as null, and the whole save became unreadable.
 */
const DAMAGED = JSON.stringify({
  state: {
    progress: { 'legacy-s03e01': { done: true, at: 1_000 }, 'legacy-s03e02': { done: true, at: 1_100 }, constructor: { done: true, at: null } },
    plans: [plan],
    deletedPlans: {},
    activePlanId: plan.id,
    settings: DEFAULT_SETTINGS,
  },
  version: 2,
});

let stopSaving: () => void = () => undefined;

beforeEach(() => {
  localStorage.clear();
  useHelixStore.setState({ ...INITIAL_STATE });
  useStorageHealth.setState({ problems: [], newerVersion: null });
  usePersistence.setState({ status: 'unknown', asked: false });
});

afterEach(() => {
  stopSaving();
  vi.restoreAllMocks();
});

/** A page load over the damaged save: Helix keeps it as a copy and starts fresh. */
function loadDamagedSave() {
  localStorage.setItem(STORAGE_KEY, DAMAGED);
  loadSavedState();
  stopSaving = startSaving();
}

describe('recovering a copy Helix kept (issue 12, reproduction 2)', () => {
  it('restores the quarantined copy from Settings in one click, damaged time and all', async () => {
    loadDamagedSave();
    expect(useHelixStore.getState().plans).toEqual([]);
    // starting over writes the state key, but the copy under helix:backup: stays
    useHelixStore.getState().setDone(['bosch-s01e01'], true);
    const user = userEvent.setup();
    renderWithPack(routes, '/settings', packJson);
    const kept = screen.getByRole('heading', { name: 'Copies kept in this browser' }).parentElement as HTMLElement;
    expect(within(kept).getByRole('listitem')).toHaveTextContent('1 plan, 3 items done');
    await user.click(within(kept).getByRole('button', { name: /^Restore the copy from / }));
    const state = useHelixStore.getState();
    expect(state.plans.map((p) => p.id)).toEqual([plan.id]);
    expect([...state.progress.keys()].sort()).toEqual(['bosch-s01e01', 'constructor', 'legacy-s03e01', 'legacy-s03e02']);
    expect(state.progress.isDone('constructor')).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(/Restored the copy from .*Everything you had is still here/);
    // the notice about the unreadable save has done its job
    expect(useStorageHealth.getState().problems).toEqual([]);
  });

  it('imports the downloaded copy: Import reads the saved form Helix offers as a download', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/settings', packJson);
    await user.upload(screen.getByLabelText('Backup file (.json)'), new File([DAMAGED], 'helix-unreadable-backup.json', { type: 'application/json' }));
    const summary = await screen.findByTestId('backup-summary');
    expect(summary).toHaveTextContent('Helix’s saved data, last changed');
    expect(summary).toHaveTextContent('1 plan: The Double Helix');
    expect(summary).toHaveTextContent('3 items done');
    await user.click(screen.getByRole('button', { name: 'Merge into mine' }));
    expect(useHelixStore.getState().plans.map((p) => p.id)).toEqual([plan.id]);
    expect(useHelixStore.getState().progress.isDone('legacy-s03e02')).toBe(true);
  });

  it('says a file could not be read, and changes nothing, when reading it fails', async () => {
    const user = userEvent.setup();
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    renderWithPack(routes, '/settings', packJson);
    const file = new File(['{}'], 'cloud-file.json', { type: 'application/json' });
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('The file could not be read.', 'NotReadableError'));
    await user.upload(screen.getByLabelText('Backup file (.json)'), file);
    expect(await screen.findByRole('alert')).toHaveTextContent('“cloud-file.json” could not be read');
    expect(useHelixStore.getState().plans).toEqual([plan]);
  });

  it('never writes over the only copy of an unreadable save when storage is too full to keep a backup', () => {
    const original = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key.startsWith(BACKUP_PREFIX)) throw new DOMException('full', 'QuotaExceededError');
      original.call(this, key, value);
    });
    loadDamagedSave();
    // starting a preset after the unreadable load
    useHelixStore.getState().upsertPlan(doubleHelixPlan('fresh'));
    expect(localStorage.getItem(STORAGE_KEY)).toBe(DAMAGED);
  });
});
