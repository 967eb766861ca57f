import type { OrderEntry } from '../domain/order/types';
import { progressIdsOf, uncheckChanges } from '../domain/progress/progress-ids';
import { doneIdSet } from '../domain/progress/progress-map';
import { useHelixStore } from './helix-store';
import { useUndoStore } from './undo-store';

/** Marks entries done or not, remembering the previous marks so the change can be undone. */
export function setEntriesDone(entries: readonly OrderEntry[], done: boolean, label: string): void {
  const { progress, setDone, restoreMarks } = useHelixStore.getState();
  let toDone: string[];
  let toUndo: string[];
  if (done) {
    toDone = entries.flatMap(progressIdsOf);
    toUndo = [];
  } else {
    const current = doneIdSet(progress);
    const changes = entries.map((entry) => uncheckChanges(entry, current));
    toUndo = changes.flatMap((c) => c.undo);
    toDone = changes.flatMap((c) => c.redo);
  }
  if (toDone.length + toUndo.length === 0) return;
  const previous: Record<string, boolean | undefined> = {};
  for (const id of [...toDone, ...toUndo]) previous[id] = progress[id]?.done;
  if (toUndo.length > 0) setDone(toUndo, false);
  if (toDone.length > 0) setDone(toDone, true);
  useUndoStore.getState().push({ label, undo: () => restoreMarks(previous) });
}
