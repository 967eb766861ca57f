import { buildOrderFromIndex } from '../../domain/order/build-order';
import type { OrderEntry } from '../../domain/order/types';
import { nameOf } from '../../domain/pack/labels';
import type { PackIndex } from '../../domain/pack/pack-index';
import type { Plan } from '../../domain/plan/plan';
import { uniquePlanName } from '../../domain/plan/plan-names';
import { planOfShape } from '../../domain/plan/plan-shape';
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

/**
 * Where the link meets your plans. `match`: you already have a plan of this shape, so merging its
 * progress goes into that plan. `new`: none of yours has its shape, so keeping it means adding the plan
 * (`hasPlans` says whether there are other plans a progress-only merge would show in).
 */
export type ShareSituation = { kind: 'match'; plan: Plan } | { kind: 'new'; hasPlans: boolean };

export function shareSituation(payload: SharePayload, plans: readonly Plan[], activePlanId: string | null): ShareSituation {
  const plan = planOfShape(plans, payload.spec, activePlanId);
  return plan ? { kind: 'match', plan } : { kind: 'new', hasPlans: plans.length > 0 };
}

/** The plan "Open as a new plan" creates: the link's plan under a fresh id and a name none of yours has, on today's data. */
export function planFromShare(payload: SharePayload, id: string, dataVersion: string, now: number, takenNames: readonly string[] = []): Plan {
  return {
    id,
    name: uniquePlanName(payload.name, takenNames),
    packId: payload.packId,
    dataVersion,
    spec: payload.spec,
    pace: payload.pace,
    startDate: payload.startDate,
    createdAt: now,
    updatedAt: now,
  };
}
