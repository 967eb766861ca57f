import { create } from 'zustand';

export interface UndoAction {
  /** What the toast says: "Marked 3 items as done". */
  label: string;
  undo: () => void;
}

interface UndoState {
  last: UndoAction | null;
  /** Bumped on every push so the toast restarts its timer. */
  serial: number;
  push: (action: UndoAction) => void;
  undoLast: () => void;
  clear: () => void;
}

/** The last undoable change (in memory only: an undo does not survive a reload). */
export const useUndoStore = create<UndoState>()((set, get) => ({
  last: null,
  serial: 0,
  push: (action) => set((s) => ({ last: action, serial: s.serial + 1 })),
  undoLast: () => {
    const { last } = get();
    if (!last) return;
    set({ last: null });
    last.undo();
  },
  clear: () => set({ last: null }),
}));
