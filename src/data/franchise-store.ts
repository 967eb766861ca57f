import { create } from 'zustand';
import type { PackIndex } from '../domain/pack/pack-index';
import type { Pack } from '../domain/pack/schema';
import type { Parsed } from './pack-parsing';

/** Whether the pack's sources and notes (its details file) are in: only the catalogue and the Helix picture need them. */
export type DetailsState = { status: 'absent' } | { status: 'ready'; source: unknown } | { status: 'invalid'; source: unknown; problems: readonly string[] };

type FranchiseState =
  | { status: 'empty'; source: null }
  | { status: 'ready'; source: unknown; pack: Pack; index: PackIndex; details: DetailsState }
  | { status: 'invalid'; source: unknown; problems: readonly string[] };

interface FranchiseStore {
  state: FranchiseState;
  /**
   * Validates a pack's raw core JSON (once per distinct object) and makes it the current franchise. `whole`:
   * the JSON is a whole pack, details included (one the user added), validated as authored.
   */
  load: (raw: unknown, whole?: boolean) => Promise<void>;
  /**
   * Joins raw details JSON to the current pack and validates the whole pack; only then does the pack carry
   * its sources and notes. Refused details leave the pack as it was, with the problems to show.
   */
  attachDetails: (raw: unknown) => Promise<void>;
  /** Makes a validated core (or whole pack) the current franchise (load does this once the validator has run). */
  accept: (raw: unknown, parsed: Parsed, whole?: boolean) => void;
  /** Gives the current pack its validated details (attachDetails does this once the validator has run). */
  acceptDetails: (raw: unknown, parsed: Parsed) => void;
}

/** The validator's chunk, requested as the app starts so it downloads beside the pack's core file. */
let parsing: Promise<typeof import('./pack-parsing')> | null = null;
export const packParsing = () => (parsing ??= import('./pack-parsing'));

/** The one home of the parsed, indexed data pack. */
export const useFranchiseStore = create<FranchiseStore>()((set, get) => ({
  state: { status: 'empty', source: null },
  load: async (raw, whole = false) => {
    if (get().state.source === raw) return;
    const { parseCore, parseWhole } = await packParsing();
    if (get().state.source !== raw) get().accept(raw, whole ? parseWhole(raw) : parseCore(raw), whole);
  },
  attachDetails: async (raw) => {
    const { parseWithDetails } = await packParsing();
    const state = get().state;
    if (state.status !== 'ready' || (state.details.status !== 'absent' && state.details.source === raw)) return;
    get().acceptDetails(raw, parseWithDetails(state.pack, raw));
  },
  accept: (raw, parsed, whole = false) =>
    set({
      state:
        'index' in parsed
          ? { status: 'ready', source: raw, pack: parsed.index.pack, index: parsed.index, details: whole ? { status: 'ready', source: raw } : { status: 'absent' } }
          : { status: 'invalid', source: raw, problems: parsed.problems },
    }),
  acceptDetails: (raw, parsed) => {
    const state = get().state;
    if (state.status !== 'ready') return;
    const details: DetailsState = 'index' in parsed ? { status: 'ready', source: raw } : { status: 'invalid', source: raw, problems: parsed.problems };
    set({ state: 'index' in parsed ? { ...state, pack: parsed.index.pack, index: parsed.index, details } : { ...state, details } });
  },
}));

/** For screens rendered inside the pack gate, where the pack is known to be ready. */
export function usePackIndex(): PackIndex {
  const state = useFranchiseStore((s) => s.state);
  if (state.status !== 'ready') throw new Error('usePackIndex used outside the pack gate');
  return state.index;
}
