import { buildOrderFromIndex } from '../../domain/order/build-order';
import type { OrderEntry } from '../../domain/order/types';
import { nameOf } from '../../domain/pack/labels';
import type { PackIndex } from '../../domain/pack/pack-index';
import type { Plan } from '../../domain/plan/plan';
import { createProgressLookup, isEntryDone } from '../../domain/progress/progress-ids';
import { ProgressMap } from '../../domain/progress/progress-map';
import type { SharePayload } from '../../domain/share/share-types';

export interface SharePreview {
  entries: OrderEntry[];
  includeNames: string[];
  /** Entries the sender has done (0 without progress). */
  doneEntries: number;
  /** How the link's data compares with the loaded pack's. */
  data: 'same' | 'older' | 'newer';
}

/** Everything the preview page shows, computed without touching the user's own state. */
export function previewOf(index: PackIndex, payload: SharePayload): SharePreview {
  let entries: OrderEntry[] = [];
  try {
    entries = buildOrderFromIndex(index, { ...payload.spec, pagesPerHour: payload.pace.pagesPerHour });
  } catch {
    entries = []; // an order the pack cannot build still previews (and opens) by name
  }
  const lookup = createProgressLookup(new Set(payload.progress ?? []));
  const doneEntries = payload.progress ? entries.filter((entry) => isEntryDone(entry, lookup)).length : 0;
  const dataVersion = index.pack.dataVersion;
  const data = payload.dataVersion === dataVersion ? 'same' : payload.dataVersion < dataVersion ? 'older' : 'newer';
  return { entries, includeNames: payload.spec.include.map((id) => nameOf(index, id)), doneEntries, data };
}

/** The link's progress as marks stamped `at`, ready for unionDone. */
export function progressMapOf(payload: SharePayload, at: number): ProgressMap {
  return ProgressMap.of((payload.progress ?? []).map((id) => [id, { done: true, at }] as const));
}

/** How many of the link's done ids are not done here yet. */
export function newDoneCount(payload: SharePayload, mine: ProgressMap): number {
  return (payload.progress ?? []).filter((id) => !mine.isDone(id)).length;
}

/** The plan "Open as a new plan" creates: the link's plan under a fresh id, on today's data. */
export function planFromShare(payload: SharePayload, id: string, dataVersion: string, now: number): Plan {
  return {
    id,
    name: payload.name,
    packId: payload.packId,
    dataVersion,
    spec: payload.spec,
    pace: payload.pace,
    startDate: payload.startDate,
    createdAt: now,
    updatedAt: now,
  };
}
