import { create } from 'zustand';
import { PackError } from '../domain/pack/pack-error';
import type { PackIndex } from '../domain/pack/pack-index';
import { parseAndIndexPack } from '../domain/pack/parse-pack';
import type { Pack } from '../domain/pack/schema';

type FranchiseState =
  | { status: 'empty'; source: null }
  | { status: 'ready'; source: unknown; pack: Pack; index: PackIndex }
  | { status: 'invalid'; source: unknown; problems: readonly string[] };

interface FranchiseStore {
  state: FranchiseState;
  /** Parses raw pack JSON (once per distinct object) and makes it the current franchise. */
  load: (raw: unknown) => void;
}

/** The one home of the parsed, indexed data pack. */
export const useFranchiseStore = create<FranchiseStore>()((set, get) => ({
  state: { status: 'empty', source: null },
  load: (raw) => {
    if (get().state.source === raw) return;
    try {
      const index = parseAndIndexPack(raw);
      set({ state: { status: 'ready', source: raw, pack: index.pack, index } });
    } catch (error) {
      const problems = error instanceof PackError ? error.problems : [String(error)];
      set({ state: { status: 'invalid', source: raw, problems } });
    }
  },
}));

/** For screens rendered inside the pack gate, where the pack is known to be ready. */
export function usePackIndex(): PackIndex {
  const state = useFranchiseStore((s) => s.state);
  if (state.status !== 'ready') throw new Error('usePackIndex used outside the pack gate');
  return state.index;
}
