import { create } from 'zustand';

export interface UndoAction {
  /** What the toast says: "Marked 3 items as done". */
  label: string;
  undo: () => void;
}

/** How many changes Ctrl/Cmd+Z can walk back (in memory only: the history does not survive a reload). */
export const HISTORY_LIMIT = 50;

interface UndoState {
  /** Undoable changes, oldest first. */
  history: UndoAction[];
  /** The change the toast offers to undo; it hides after a few seconds, the history stays. */
  last: UndoAction | null;
  /** Bumped on every push so the toast restarts its timer. */
  serial: number;
  push: (action: UndoAction) => void;
  /** Undoes the latest change still in the history (whether or not the toast still shows it). */
  undoLast: () => void;
  /** Hides the toast; the history stays, so Ctrl/Cmd+Z still works. */
  clear: () => void;
}

export const useUndoStore = create<UndoState>()((set, get) => ({
  history: [],
  last: null,
  serial: 0,
  push: (action) => set((s) => ({ history: [...s.history, action].slice(-HISTORY_LIMIT), last: action, serial: s.serial + 1 })),
  undoLast: () => {
    const { history } = get();
    const action = history[history.length - 1];
    if (!action) return;
    set({ history: history.slice(0, -1), last: null });
    action.undo();
  },
  clear: () => set({ last: null }),
}));
