import { BUCKETS, ProgressMap, type ProgressMark } from '../progress/progress-map';
import { recordOf } from './id-record';
import { STATE_VERSION, type PersistedState } from './state-shape';

/**
 * Writing the saved text (reading it back is read-saved-text.ts, which needs the schemas: a lazy chunk).
 * Version 3 keeps progress in SHARDS pieces (one per ProgressMap bucket) beside the main record, so that a
 * tick rewrites one piece of a few hundred marks instead of every mark (docs/decisions/009-storage-layout-v3.md).
 */
export const SHARDS = BUCKETS;

type Bucket = ReadonlyMap<string, ProgressMark>;

const marksTexts = new WeakMap<Bucket, string>();

/** One bucket's marks as JSON members (`"id":{"done":true,"at":1}`), ids sorted; made once per bucket version. */
function marksText(bucket: Bucket): string {
  let text = marksTexts.get(bucket);
  if (text === undefined) {
    const parts: string[] = [];
    for (const id of [...bucket.keys()].sort()) {
      const mark = bucket.get(id) as ProgressMark;
      parts.push(`${JSON.stringify(id)}:{"done":${String(mark.done)},"at":${JSON.stringify(mark.at)}}`);
    }
    text = parts.join(',');
    marksTexts.set(bucket, text);
  }
  return text;
}

/** The text of one progress shard: `{"marks":{…},"version":3}`. Equal marks give equal text in every tab. */
export function shardText(progress: ProgressMap, shard: number): string {
  return `{"marks":{${marksText(progress.buckets[shard] as Bucket)}},"version":${String(STATE_VERSION)}}`;
}

/** The main record (everything but progress): `{"state":{…},"version":3}`. Fields this version does not know are written back. */
export function mainText(state: PersistedState): string {
  return JSON.stringify({
    state: {
      ...state.unknown.state,
      activePlanId: state.activePlanId,
      deletedPlans: recordOf(state.deletedPlans, true),
      plans: state.plans,
      replacedAt: state.replacedAt,
      settings: { ...state.unknown.settings, ...state.settings },
    },
    version: STATE_VERSION,
  });
}

/** Everything that is saved for a state: the main record and each shard. */
export function savedTexts(state: PersistedState): { main: string; shards: string[] } {
  return { main: mainText(state), shards: Array.from({ length: SHARDS }, (_, i) => shardText(state.progress, i)) };
}
