import type { ProgressMark, ProgressMap } from './progress-map';

/**
 * "Merge its progress into mine, nothing removed": every id done in `theirs` becomes done in
 * `mine`; nothing of mine is undone and marks already done in mine are left as they are.
 */
export function unionDone(mine: ProgressMap, theirs: ProgressMap): ProgressMap {
  const changes: [string, ProgressMark][] = [];
  for (const [id, mark] of theirs) {
    if (!mark.done) continue;
    const current = mine.get(id);
    if (current?.done) continue;
    // Not earlier than my own undo (done wins a tie), so a later merge with another copy of mine keeps it done.
    const at = current ? Math.max(current.at, mark.at) : mark.at;
    changes.push([id, { done: true, at }]);
  }
  return changes.length > 0 ? mine.with(changes) : mine;
}
