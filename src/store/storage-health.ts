import { create } from 'zustand';

export type StorageProblem =
  /** `saved`: a copy exists (a backup key, or the user downloaded it); until then Helix must not write over it. */
  | { kind: 'unreadable'; reason: string; backupKey: string | null; raw: string; saved: boolean }
  /** Another tab (or the last visit) saved data in a newer format: this tab stops writing until it reloads. */
  | { kind: 'newer'; version: number }
  /** Storage is full: the saved data is still there; changes stay in this tab and Helix keeps retrying. */
  | { kind: 'quota' }
  /** Storage refuses to be written (or read): changes live only in this tab. */
  | { kind: 'unavailable' };

interface StorageHealth {
  problems: StorageProblem[];
  /** Set once newer data is seen; never cleared by dismissing the notice (only a reload clears it). */
  newerVersion: number | null;
  report: (problem: StorageProblem) => void;
  reportNewer: (version: number) => void;
  /** A write went through again: storage is no longer full. */
  resolve: (kind: 'quota' | 'unavailable') => void;
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
  newerVersion: null,
  report: (problem) => set((s) => (s.problems.some((p) => sameProblem(p, problem)) ? s : { problems: [...s.problems, problem] })),
  reportNewer: (version) =>
    set((s) => ({
      newerVersion: Math.max(version, s.newerVersion ?? 0),
      problems: s.problems.some((p) => p.kind === 'newer') ? s.problems : [...s.problems, { kind: 'newer', version }],
    })),
  resolve: (kind) => set((s) => (s.problems.some((p) => p.kind === kind) ? { problems: s.problems.filter((p) => p.kind !== kind) } : s)),
  markSaved: (problem) =>
    set((s) => ({ problems: s.problems.map((p) => (p === problem && p.kind === 'unreadable' ? { ...p, saved: true } : p)) })),
  dismiss: (problem) => set((s) => ({ problems: s.problems.filter((p) => p !== problem) })),
}));

/**
 * True while writing the state key would destroy something: unreadable text with no copy anywhere, or data a
 * newer Helix wrote (this tab is out of date; it must not write an older format over it).
 */
export function mustNotOverwriteSavedText(): boolean {
  const { problems, newerVersion } = useStorageHealth.getState();
  return newerVersion !== null || problems.some((p) => p.kind === 'unreadable' && !p.saved);
}
