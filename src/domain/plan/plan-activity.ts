import type { OrderEntry } from '../order/types';
import { progressIdsOf } from '../progress/progress-ids';
import type { ProgressMap } from '../progress/progress-map';

/**
 * When a plan last saw activity: the latest mark (done or undone) on any of its items, or `since`
 * (the plan's own last change) when that is later. Progress is shared, so ticking an item in another
 * plan that this one also holds counts here too.
 */
export function lastActivityAt(entries: readonly OrderEntry[], progress: ProgressMap, since: number): number {
  let latest = since;
  const take = (id: string) => {
    const mark = progress.get(id);
    if (mark && mark.at > latest) latest = mark.at;
  };
  for (const entry of entries) {
    progressIdsOf(entry).forEach(take);
    if (entry.kind === 'reading') take(entry.novel);
  }
  return latest;
}
