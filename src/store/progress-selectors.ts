import { useShallow } from 'zustand/react/shallow';
import type { OrderEntry } from '../domain/order/types';
import { createMapLookup, isEntryDone, type ProgressLookup } from '../domain/progress/progress-ids';
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

// Kept here too for the screens that read plans and progress together.
export { useActivePlan, usePlan } from './plan-selectors';
