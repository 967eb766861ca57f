import { create } from 'zustand';
import { formatIssue } from '../domain/pack/format-issue';
import { PackError } from '../domain/pack/pack-error';
import type { PackIndex } from '../domain/pack/pack-index';
import { parseAndIndexPack, parseAndIndexPackCore } from '../domain/pack/parse-pack';
import type { Pack } from '../domain/pack/schema';
import { joinPack, packDetailsSchema } from '../domain/pack/split-pack';

/** Whether the pack's sources and notes (its details file) are in: only the catalogue and the Helix picture need them. */
export type DetailsState = { status: 'absent' } | { status: 'ready'; source: unknown } | { status: 'invalid'; source: unknown; problems: readonly string[] };

type FranchiseState =
  | { status: 'empty'; source: null }
  | { status: 'ready'; source: unknown; pack: Pack; index: PackIndex; details: DetailsState }
  | { status: 'invalid'; source: unknown; problems: readonly string[] };

interface FranchiseStore {
  state: FranchiseState;
  /** Parses a pack's raw core JSON (once per distinct object) and makes it the current franchise. */
  load: (raw: unknown) => void;
  /**
   * Joins raw details JSON to the current pack and validates the whole pack; only then does the pack carry
   * its sources and notes. Refused details leave the pack as it was, with the problems to show.
   */
  attachDetails: (raw: unknown) => void;
}

const problemsOf = (error: unknown) => (error instanceof PackError ? error.problems : [String(error)]);

/** The one home of the parsed, indexed data pack. */
export const useFranchiseStore = create<FranchiseStore>()((set, get) => ({
  state: { status: 'empty', source: null },
  load: (raw) => {
    if (get().state.source === raw) return;
    try {
      const index = parseAndIndexPackCore(raw);
      set({ state: { status: 'ready', source: raw, pack: index.pack, index, details: { status: 'absent' } } });
    } catch (error) {
      set({ state: { status: 'invalid', source: raw, problems: problemsOf(error) } });
    }
  },
  attachDetails: (raw) => {
    const state = get().state;
    if (state.status !== 'ready' || (state.details.status !== 'absent' && state.details.source === raw)) return;
    const refuse = (problems: readonly string[]) => set({ state: { ...state, details: { status: 'invalid', source: raw, problems } } });
    const shape = packDetailsSchema.safeParse(raw);
    if (!shape.success) return refuse(shape.error.issues.map(formatIssue));
    const joined = joinPack(state.pack, shape.data);
    if ('problems' in joined) return refuse(joined.problems);
    try {
      const index = parseAndIndexPack(joined.pack);
      set({ state: { ...state, pack: index.pack, index, details: { status: 'ready', source: raw } } });
    } catch (error) {
      refuse(problemsOf(error));
    }
  },
}));

/** For screens rendered inside the pack gate, where the pack is known to be ready. */
export function usePackIndex(): PackIndex {
  const state = useFranchiseStore((s) => s.state);
  if (state.status !== 'ready') throw new Error('usePackIndex used outside the pack gate');
  return state.index;
}
