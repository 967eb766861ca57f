import { useState } from 'react';
import { create } from 'zustand';
import { isBackupReminderDue } from '../domain/backup/reminder';
import { useHelixStore } from './helix-store';

/** 'unsupported' where the browser has no StorageManager (older Safari, some in-app browsers). */
export type PersistStatus = 'unknown' | 'granted' | 'not-granted' | 'unsupported';

interface PersistenceState {
  status: PersistStatus;
  /** Whether this session already asked (browsers may prompt; never ask twice per visit). */
  asked: boolean;
  setStatus: (status: PersistStatus) => void;
}

export const usePersistence = create<PersistenceState>()((set) => ({
  status: 'unknown',
  asked: false,
  setStatus: (status) => set({ status }),
}));

function storageManager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persisted === 'function' ? navigator.storage : null;
}

/** Reads whether the browser already keeps this site's storage through pressure and idle clean-ups. */
export async function refreshPersistStatus(): Promise<PersistStatus> {
  const manager = storageManager();
  let status: PersistStatus = 'unsupported';
  if (manager) {
    try {
      status = (await manager.persisted()) ? 'granted' : 'not-granted';
    } catch {
      status = 'not-granted';
    }
  }
  usePersistence.getState().setStatus(status);
  return status;
}

/** Asks for persistent storage (Chromium decides silently, Firefox may prompt). Safe to call often. */
export async function requestPersistence(): Promise<PersistStatus> {
  const manager = storageManager();
  if (!manager || typeof manager.persist !== 'function') return refreshPersistStatus();
  usePersistence.setState({ asked: true });
  try {
    const granted = (await manager.persisted()) || (await manager.persist());
    usePersistence.getState().setStatus(granted ? 'granted' : 'not-granted');
    return granted ? 'granted' : 'not-granted';
  } catch {
    usePersistence.getState().setStatus('not-granted');
    return 'not-granted';
  }
}

/**
 * Watches progress and asks for persistent storage after a check-off (the first one this visit),
 * so that someone with progress worth keeping is protected from eviction. Returns the unsubscriber.
 */
export function startPersistenceGuard(): () => void {
  void refreshPersistStatus();
  return useHelixStore.subscribe((state, previous) => {
    if (state.progress === previous.progress) return;
    const { asked, status } = usePersistence.getState();
    if (asked || status === 'granted' || status === 'unsupported') return;
    // Per-bucket counts: cheap however large the progress is.
    if (state.progress.doneCount > previous.progress.doneCount) void requestPersistence();
  });
}

/** True when the Settings reminder should ask for an export (see isBackupReminderDue). */
export function useBackupReminderDue(): boolean {
  // The time the screen opened: a reminder need not appear mid-visit.
  const [now] = useState(() => Date.now());
  return useHelixStore((s) => isBackupReminderDue({ progress: s.progress, lastBackupAt: s.settings.lastBackupAt, now }));
}
