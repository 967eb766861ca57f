import type { ProgressMark, ProgressMap } from '../progress/progress-map';
import { recordOf } from './id-record';
import { STATE_VERSION, type PersistedState } from './persisted-state';

type Bucket = ReadonlyMap<string, ProgressMark>;

const fragments = new WeakMap<Bucket, string>();

/** One bucket's marks as JSON members (`"id":{"done":true,"at":1}`), ids sorted; made once per bucket version. */
function bucketText(bucket: Bucket): string {
  let text = fragments.get(bucket);
  if (text === undefined) {
    const parts: string[] = [];
    for (const id of [...bucket.keys()].sort()) {
      const mark = bucket.get(id) as ProgressMark;
      parts.push(`${JSON.stringify(id)}:{"done":${String(mark.done)},"at":${JSON.stringify(mark.at)}}`);
    }
    text = parts.join(',');
    fragments.set(bucket, text);
  }
  return text;
}

function progressText(progress: ProgressMap): string {
  const parts: string[] = [];
  for (const bucket of progress.buckets) {
    const text = bucketText(bucket);
    if (text !== '') parts.push(text);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The text kept under `helix:state`: `{"state":{…},"version":3}`. Progress is written bucket by bucket from
 * cached fragments, so a tick re-serialises one bucket instead of 50,000 marks. Equal states give equal
 * text (buckets and keys in a fixed order), so two tabs that merged each other's writes stop rewriting.
 * Fields this version does not know are written back as they were read.
 */
export function stateText(state: PersistedState): string {
  const rest = JSON.stringify({
    ...state.unknown.state,
    activePlanId: state.activePlanId,
    deletedPlans: recordOf(state.deletedPlans, true),
    plans: state.plans,
    replacedAt: state.replacedAt,
    settings: { ...state.unknown.settings, ...state.settings },
  });
  return `{"state":${rest.slice(0, -1)},"progress":${progressText(state.progress)}},"version":${String(STATE_VERSION)}}`;
}
