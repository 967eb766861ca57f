import { create } from 'zustand';

export type StorageProblem =
  /** `saved`: a copy exists (a backup key, or the user downloaded it); until then Helix must not write over it. */
  | { kind: 'unreadable'; reason: string; backupKey: string | null; raw: string; saved: boolean; newer?: boolean }
  | { kind: 'quota' }
  | { kind: 'unavailable' };

interface StorageHealth {
  problems: StorageProblem[];
  report: (problem: StorageProblem) => void;
  /** The user downloaded the unreadable text: a copy now exists outside the browser. */
  markSaved: (problem: StorageProblem) => void;
  dismiss: (problem: StorageProblem) => void;
}

function sameProblem(a: StorageProblem, b: StorageProblem): boolean {
  return a.kind === b.kind && (a.kind !== 'unreadable' || (b.kind === 'unreadable' && a.raw === b.raw));
}

/** Problems met while reading or writing saved data, shown as notices by the app shell. Not persisted. */
export const useStorageHealth = create<StorageHealth>()((set) => ({
  problems: [],
  report: (problem) => set((s) => (s.problems.some((p) => sameProblem(p, problem)) ? s : { problems: [...s.problems, problem] })),
  markSaved: (problem) =>
    set((s) => ({ problems: s.problems.map((p) => (p === problem && p.kind === 'unreadable' ? { ...p, saved: true } : p)) })),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => p !== problem) })),
}));

/**
 * True while writing the state key would destroy something: unreadable text with no copy anywhere, or data a
 * newer Helix wrote (this tab is out of date; it must not write an older format over it).
 */
export function mustNotOverwriteSavedText(): boolean {
  return useStorageHealth.getState().problems.some((p) => p.kind === 'unreadable' && (!p.saved || p.newer === true));
}
