import type { OrderEntry } from '../domain/order/types';
import { donePageRangeIds, progressIdsOf, uncheckChanges } from '../domain/progress/progress-ids';
import { useHelixStore } from './helix-store';
import { currentPackId, progressOfPack, storedProgressId, UNPREFIXED_PACK_ID } from './pack-progress';
import { recordChange } from './history';

/** Marks entries done or not, as one undoable change. */
export function setEntriesDone(entries: readonly OrderEntry[], done: boolean, label: string): void {
  const { setMarks } = useHelixStore.getState();
  // Marks are worked out on the pack's own ids, then stored under its prefix (pack-progress.ts).
  const packId = currentPackId() ?? UNPREFIXED_PACK_ID;
  const progress = progressOfPack(useHelixStore.getState().progress, packId);
  let toDone: string[];
  let toUndo: string[];
  if (done) {
    toDone = entries.flatMap(progressIdsOf);
    toUndo = [];
  } else {
    // One entry after another, each seeing what the previous ones changed (only the ids touched are copied).
    const changed = new Map<string, boolean>();
    const has = (id: string) => changed.get(id) ?? progress.isDone(id);
    const view = {
      has,
      pageRangeIds: (novel: string) => [...donePageRangeIds(progress, novel), ...[...changed.keys()].filter((id) => id.startsWith(`${novel}#p`))],
    };
    for (const entry of entries) {
      const changes = uncheckChanges(entry, view);
      for (const id of changes.undo) changed.set(id, false);
      for (const id of changes.redo) changed.set(id, true);
    }
    toUndo = [...changed].filter(([, isDone]) => !isDone).map(([id]) => id);
    toDone = [...changed].filter(([, isDone]) => isDone).map(([id]) => id);
  }
  if (toDone.length + toUndo.length === 0) return;
  const stored = (id: string) => storedProgressId(packId, id);
  recordChange(label, () => setMarks(toDone.map(stored), toUndo.map(stored)));
}
