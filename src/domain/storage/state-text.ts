import { BUCKETS, mergeProgress, ProgressMap, progressMapSchema, type ProgressMark } from '../progress/progress-map';
import { recordOf } from './id-record';
import { restorePersisted, STATE_VERSION, type PersistedState, type RestoreResult } from './persisted-state';

/**
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

export type ShardResult = { ok: true; progress: ProgressMap } | { ok: false; newer: boolean; reason: string };

/** Reads one shard's text. Never throws. */
export function parseShard(raw: string): ShardResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, newer: false, reason: 'it is not valid JSON (it may have been cut off)' };
  }
  if (typeof value !== 'object' || value === null || !('marks' in value) || !('version' in value) || typeof value.version !== 'number')
    return { ok: false, newer: false, reason: 'it is not a Helix progress record' };
  if (value.version > STATE_VERSION) return { ok: false, newer: true, reason: `it was saved by a newer version of Helix (format ${String(value.version)})` };
  const marks = progressMapSchema.safeParse(value.marks);
  if (!marks.success) {
    const first = marks.error.issues[0];
    return { ok: false, newer: false, reason: `its contents are not in the expected shape (${first ? `${first.path.map(String).join('.')}: ${first.message}` : 'marks'})` };
  }
  return { ok: true, progress: marks.data };
}

/**
 * Reads a main record and its shards back into a state (what a page load does), migrating versions 1 and 2,
 * whose progress sits in the main record. Shards that are missing count as empty.
 */
export function restoreSaved(main: string, shards: readonly (string | null)[], now = Number.POSITIVE_INFINITY): RestoreResult {
  let envelope: unknown;
  try {
    envelope = JSON.parse(main);
  } catch {
    return { ok: false, reason: 'it is not valid JSON (it may have been cut off)' };
  }
  if (typeof envelope !== 'object' || envelope === null || !('state' in envelope) || !('version' in envelope) || typeof envelope.version !== 'number')
    return { ok: false, reason: 'it is not a Helix save' };
  const restored = restorePersisted(envelope.state, envelope.version, now);
  if (!restored.ok) return restored;
  const pieces: [string, ProgressMark][] = [];
  for (const raw of shards) {
    if (raw === null) continue;
    const shard = parseShard(raw);
    if (!shard.ok) return { ok: false, reason: shard.reason };
    pieces.push(...shard.progress);
  }
  // Progress in the main record (an older version's write) and in the shards is merged by time.
  return pieces.length === 0 ? restored : { ok: true, state: { ...restored.state, progress: mergeProgress(restored.state.progress, ProgressMap.of(pieces)) } };
}
