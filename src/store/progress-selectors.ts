import { useShallow } from 'zustand/react/shallow';
import type { OrderEntry } from '../domain/order/types';
import { createMapLookup, donePageRangeIds, isEntryDone, progressIdsOf, type ProgressLookup } from '../domain/progress/progress-ids';
import type { ProgressMap } from '../domain/progress/progress-map';
import { useHelixStore } from './helix-store';
import { packProgressOf } from './pack-progress';

const lookups = new WeakMap<ProgressMap, ProgressLookup>();

/** One lookup per progress object, shared by every row's selector (lazy: a tick costs the bucket it changed). */
export function lookupFor(progress: ProgressMap): ProgressLookup {
  let lookup = lookups.get(progress);
  if (!lookup) {
    lookup = createMapLookup(progress);
    lookups.set(progress, lookup);
  }
  return lookup;
}

/** Re-renders the caller only when this entry's done state flips. */
export function useEntryDone(entry: OrderEntry): boolean {
  return useHelixStore((s) => isEntryDone(entry, lookupFor(packProgressOf(s.progress))));
}

/** Done flags for a list of entries; re-renders only when some flag changes. */
export function useDoneFlags(entries: readonly OrderEntry[]): boolean[] {
  return useHelixStore(useShallow((s) => entries.map((entry) => isEntryDone(entry, lookupFor(packProgressOf(s.progress))))));
}

/** Index of the first entry not yet done, or entries.length when all are done. */
export function useFirstUndoneIndex(entries: readonly OrderEntry[]): number {
  return useHelixStore((s) => {
    const lookup = lookupFor(packProgressOf(s.progress));
    const i = entries.findIndex((entry) => !isEntryDone(entry, lookup));
    return i === -1 ? entries.length : i;
  });
}

/** The plan's own marks (its episodes, chapters and a novel's page ranges), with their times, as one string. */
function planMarks(progress: ProgressMap, entries: readonly OrderEntry[]): string {
  const parts: string[] = [];
  const mark = (id: string) => {
    const found = progress.get(id);
    if (found) parts.push(`${id}:${found.done ? 1 : 0}:${String(found.at)}`);
  };
  const novels = new Set<string>();
  for (const entry of entries) {
    for (const id of progressIdsOf(entry)) mark(id);
    if (entry.kind === 'reading') novels.add(entry.novel);
  }
  for (const novel of novels) for (const id of donePageRangeIds(progress, novel)) mark(id);
  return parts.join('|');
}

const planProgress = new WeakMap<readonly OrderEntry[], { marks: string; progress: ProgressMap }>();

/**
 * The progress as of the last change to one of these entries' marks: a screen that derives a whole schedule
 * from it re-renders and rebuilds when the plan's marks change, not on every tick of another plan or tab.
 */
export function usePlanProgress(entries: readonly OrderEntry[]): ProgressMap {
  return useHelixStore((s) => {
    const progress = packProgressOf(s.progress);
    const marks = planMarks(progress, entries);
    const known = planProgress.get(entries);
    if (known?.marks === marks) return known.progress;
    planProgress.set(entries, { marks, progress });
    return progress;
  });
}

// Kept here too for the screens that read plans and progress together.
export { useActivePlan, usePlan } from './plan-selectors';
