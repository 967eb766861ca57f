import type { OrderEntry } from '../order/types';
import { createProgressLookup, donePageRangeIds, progressIdsOf, type ProgressLookup } from '../progress/progress-ids';
import type { ProgressMap } from '../progress/progress-map';

/** The progress as it stood at `instant`: ids marked done before it (and not changed since). */
export function doneBefore(progress: ProgressMap, instant: number): ProgressLookup {
  const ids = new Set<string>();
  for (const [id, mark] of progress) if (mark.done && mark.at < instant) ids.add(id);
  return createProgressLookup(ids);
}

const PAGE_RANGE_ID = /^(.+)#p(\d+)-(\d+)$/;

/**
 * When a done entry was finished: the latest time among the done marks that make it done (its own
 * ids, the whole novel, or page ranges overlapping its pages). Undefined when no such mark exists.
 */
export function doneTimeOf(entry: OrderEntry, progress: ProgressMap): number | undefined {
  let latest: number | undefined;
  const take = (id: string) => {
    const mark = progress.get(id);
    if (mark?.done && (latest === undefined || mark.at > latest)) latest = mark.at;
  };
  progressIdsOf(entry).forEach(take);
  if (entry.kind === 'reading') {
    take(entry.novel);
    if (entry.pages && latest === undefined) {
      const [from, to] = entry.pages;
      for (const id of donePageRangeIds(progress, entry.novel)) {
        const match = PAGE_RANGE_ID.exec(id);
        if (match && Number(match[2]) <= to && Number(match[3]) >= from) take(id);
      }
    }
  }
  return latest;
}
