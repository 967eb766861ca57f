import { useHelixStore, type HelixState } from './helix-store';
import { useUndoStore } from './undo-store';
import { afterFirstScreen } from './after-first-screen';

type UndoChange = (before: HelixState, after: HelixState) => void;

// Working out an undo is needed only when someone undoes: its code is a chunk of its own, fetched once the first
// screen is up (or by the first undo, whichever comes first).
let undoChange: UndoChange | null = null;
let loading: Promise<UndoChange> | null = null;
const loadUndo = () =>
  (loading ??= import('./history-inverse').then((module) => {
    undoChange = module.undoChange;
    return module.undoChange;
  }));
afterFirstScreen(() => void loadUndo());

/**
 * Runs a change and records its undo: actions declare that they are undoable, and the history works
 * out what they changed (marks, plans, the active plan) by comparing the state before and after, so no
 * call site writes its own inverse. The states are immutable, so keeping both costs nothing; the
 * difference is worked out only on undo. Ctrl/Cmd+Z walks back through the last changes.
 */
export function recordChange(label: string, change: () => void): void {
  const before = useHelixStore.getState();
  change();
  const after = useHelixStore.getState();
  if (before.progress === after.progress && before.plans === after.plans && before.activePlanId === after.activePlanId) return;
  useUndoStore.getState().push({
    label,
    undo: () => {
      if (undoChange) undoChange(before, after);
      else void loadUndo().then((undo) => undo(before, after));
    },
  });
}
