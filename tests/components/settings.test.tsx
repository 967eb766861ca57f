import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../src/domain/backup/backup-file';
import { DEFAULT_SETTINGS } from '../../src/domain/storage/persisted-state';
import { SettingsPage } from '../../src/features/settings/SettingsPage';
import { INITIAL_STATE, useHelixStore } from '../../src/store/helix-store';
import { usePersistence } from '../../src/store/persistence-guard';
import { renderWithPack } from './render-with-pack';
import { doubleHelixPlan, packJson } from './share-helpers';
import { ProgressMap } from '../../src/domain/progress/progress-map';

const routes = [{ path: '/settings', element: <SettingsPage /> }];
const mine = doubleHelixPlan('mine');
const MY_MARKS = { 'legacy-s03e01': { done: true, at: 1_000 } };
const MY_PROGRESS = ProgressMap.fromRecord(MY_MARKS);

beforeEach(() => {
  useHelixStore.setState({ ...INITIAL_STATE, plans: [mine], activePlanId: mine.id, progress: MY_PROGRESS });
  usePersistence.setState({ status: 'unknown', asked: false });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function render() {
  return { user: userEvent.setup(), ...renderWithPack(routes, '/settings', packJson) };
}

const theirPlan = { ...doubleHelixPlan('theirs'), name: 'Their plan' };
const backupText = () =>
  JSON.stringify(
    createBackup(
      { plans: [theirPlan], activePlanId: 'theirs', progress: ProgressMap.fromRecord({ 'legacy-s03e02': { done: true, at: 2_000 } }), settings: { ...DEFAULT_SETTINGS, spoilerSafety: false } },
      new Date('2026-02-01T10:00:00Z'),
    ),
  );

async function pickFile(user: ReturnType<typeof userEvent.setup>, text: string, name = 'backup.json') {
  await user.upload(screen.getByLabelText('Backup file (.json)'), new File([text], name, { type: 'application/json' }));
}

describe('settings page', () => {
  it('switches spoiler safety', async () => {
    const { user } = render();
    await user.click(screen.getByRole('checkbox', { name: /Spoiler safety/ }));
    expect(useHelixStore.getState().settings.spoilerSafety).toBe(!DEFAULT_SETTINGS.spoilerSafety);
  });

  it('says whether the browser granted persistent storage', async () => {
    vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { storage: { persisted: () => Promise.resolve(true) } }));
    render();
    await waitFor(() => expect(screen.getByTestId('persist-status')).toHaveTextContent(/^Persistent/));
  });

  it('reminds to back up when there is progress and never was a backup, and exporting clears the reminder', async () => {
    const createObjectURL = vi.fn((_: Blob) => 'blob:backup');
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = createObjectURL;
        static override revokeObjectURL = vi.fn();
      },
    );
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const { user } = render();
    expect(screen.getByRole('note')).toHaveTextContent('never been backed up');
    await user.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(clicks).toEqual([expect.stringMatching(/^helix-backup-\d{4}-\d{2}-\d{2}\.json$/)]);
    const blob = createObjectURL.mock.calls[0]?.[0];
    const file = JSON.parse(await (blob as Blob).text()) as { format: string; plans: { id: string }[]; progress: object };
    expect(file.format).toBe('helix-backup');
    expect(file.plans.map((p) => p.id)).toEqual(['mine']);
    expect(file.progress).toEqual(MY_MARKS);
    expect(useHelixStore.getState().settings.lastBackupAt).toEqual(expect.any(Number));
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('explains an invalid file and changes nothing', async () => {
    const { user } = render();
    const before = useHelixStore.getState();
    await pickFile(user, '{"format":"helix-backup","version":1,"plans":"nope"}');
    expect(await screen.findByRole('alert')).toHaveTextContent('This backup can’t be restored');
    await pickFile(user, 'not json at all');
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
    expect(useHelixStore.getState().progress).toBe(before.progress);
    expect(useHelixStore.getState().plans).toBe(before.plans);
  });

  it('shows what a backup holds, and merging keeps mine and adds theirs', async () => {
    const { user } = render();
    await pickFile(user, backupText());
    const summary = await screen.findByTestId('backup-summary');
    expect(summary).toHaveTextContent('1 plan: Their plan');
    expect(summary).toHaveTextContent('1 item done');
    expect(useHelixStore.getState().plans).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Merge into mine' }));
    const state = useHelixStore.getState();
    expect(state.plans.map((p) => p.id)).toEqual(['mine', 'theirs']);
    expect(state.activePlanId).toBe('mine');
    expect([...state.progress.keys()].sort()).toEqual(['legacy-s03e01', 'legacy-s03e02']);
    expect(state.settings.spoilerSafety).toBe(DEFAULT_SETTINGS.spoilerSafety);
    expect(screen.getByRole('status')).toHaveTextContent('Merged');
  });

  it('replacing keeps an automatic backup of what it replaced and offers it as a download', async () => {
    const { user } = render();
    await pickFile(user, backupText());
    await user.click(await screen.findByRole('button', { name: 'Replace everything' }));
    const state = useHelixStore.getState();
    expect(state.plans.map((p) => p.id)).toEqual(['theirs']);
    expect(state.activePlanId).toBe('theirs');
    // exactly the backup's progress, stamped with the time of the Replace, which the state records so that an
    // open tab's older copy drops what it had before (see mergePersisted)
    expect(state.replacedAt).toBeGreaterThan(2_000);
    expect([...state.progress]).toEqual([['legacy-s03e02', { done: true, at: state.replacedAt }]]);
    expect(state.settings.spoilerSafety).toBe(false);
    expect(state.deletedPlans.get('mine')).toBe(state.replacedAt);
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('helix:backup:'));
    expect(keys).toHaveLength(1);
    const saved = JSON.parse(localStorage.getItem(keys[0] ?? '') ?? 'null') as { plans: { id: string }[]; progress: object };
    expect(saved.plans.map((p) => p.id)).toEqual(['mine']);
    expect(saved.progress).toEqual(MY_MARKS);
    expect(within(screen.getByRole('status')).getByRole('button', { name: 'Download what was replaced' })).toBeInTheDocument();
  });

  it('cancelling an import changes nothing', async () => {
    const { user } = render();
    const before = useHelixStore.getState();
    await pickFile(user, backupText());
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('backup-summary')).not.toBeInTheDocument();
    expect(useHelixStore.getState().plans).toBe(before.plans);
  });
});
