import type { OrderEntry } from '../domain/order/types';
import { progressIdsOf } from '../domain/progress/progress-ids';
import { useHelixStore } from './helix-store';
import { useUndoStore } from './undo-store';

/** Marks entries done or not, remembering the previous marks so the change can be undone. */
export function setEntriesDone(entries: readonly OrderEntry[], done: boolean, label: string): void {
  const ids = entries.flatMap(progressIdsOf);
  if (ids.length === 0) return;
  const { progress, setDone, restoreMarks } = useHelixStore.getState();
  const previous: Record<string, boolean | undefined> = {};
  for (const id of ids) previous[id] = progress[id]?.done;
  setDone(ids, done);
  useUndoStore.getState().push({ label, undo: () => restoreMarks(previous) });
}

/** "Mark Bosch S1E1 ‘'Tis the Season’ as watched" → the verb for an entry. */
export function doneVerb(entry: OrderEntry): 'watched' | 'read' {
  return entry.kind === 'episode' ? 'watched' : 'read';
}
