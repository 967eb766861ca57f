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
    // One entry after another, each seeing what the previous ones changed.
    const current = doneIdSet(progress);
    const undo = new Set<string>();
    const redo = new Set<string>();
    for (const entry of entries) {
      const changes = uncheckChanges(entry, current);
      for (const id of changes.undo) {
        current.delete(id);
        redo.delete(id);
        undo.add(id);
      }
      for (const id of changes.redo) {
        current.add(id);
        undo.delete(id);
        redo.add(id);
      }
    }
    toUndo = [...undo];
    toDone = [...redo];
  }
  if (toDone.length + toUndo.length === 0) return;
  const previous: Record<string, boolean | undefined> = {};
  for (const id of [...toDone, ...toUndo]) previous[id] = progress[id]?.done;
  if (toUndo.length > 0) setDone(toUndo, false);
  if (toDone.length > 0) setDone(toDone, true);
  useUndoStore.getState().push({ label, undo: () => restoreMarks(previous) });
}
