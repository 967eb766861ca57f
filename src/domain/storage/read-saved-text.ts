import { mergeProgress, ProgressMap, type ProgressMark } from '../progress/progress-map';
import { progressMapSchema } from '../progress/progress-map-schema';
import { restorePersisted, STATE_VERSION, type RestoreResult } from './persisted-state';

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
