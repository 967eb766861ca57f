import { create } from 'zustand';

export type StorageProblem =
  | { kind: 'unreadable'; reason: string; backupKey: string | null; raw: string }
  | { kind: 'quota' }
  | { kind: 'unavailable' };

interface StorageHealth {
  problems: StorageProblem[];
  report: (problem: StorageProblem) => void;
  dismiss: (problem: StorageProblem) => void;
}

/** Problems met while reading or writing saved data, shown as notices by the app shell. Not persisted. */
export const useStorageHealth = create<StorageHealth>()((set) => ({
  problems: [],
  report: (problem) =>
    set((s) => (problem.kind !== 'unreadable' && s.problems.some((p) => p.kind === problem.kind) ? s : { problems: [...s.problems, problem] })),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => p !== problem) })),
}));
