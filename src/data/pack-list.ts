import { useEffect } from 'react';
import { create } from 'zustand';
import { SHIPPED_PACKS } from './pack-registry';
import { listUserPacks, type UserPackSummary } from './user-packs';

export interface PackChoice {
  id: string;
  title: string;
  /** Added by the user (kept in this browser) rather than shipped with Helix. */
  added: boolean;
}

interface PackList {
  added: readonly UserPackSummary[];
  /** Why added packs could not be listed (no IndexedDB, blocked): shown where packs are managed. */
  error: string | null;
  refresh: () => Promise<void>;
}

/** The packs one can switch to: shipped ones at once, added ones once IndexedDB answers. Lazy (picker, packs page). */
export const usePackList = create<PackList>()((set) => ({
  added: [],
  error: null,
  refresh: async () => {
    try {
      set({ added: await listUserPacks(), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : String(error) });
    }
  },
}));

/** Shipped packs, then added ones (a shipped id always wins: an added pack can't take a shipped pack's id). */
export function usePackChoices(): PackChoice[] {
  const added = usePackList((s) => s.added);
  useEffect(() => {
    void usePackList.getState().refresh();
  }, []);
  const shipped = SHIPPED_PACKS.map((pack) => ({ id: pack.id, title: pack.title, added: false }));
  const taken = new Set(shipped.map((pack) => pack.id));
  return [...shipped, ...added.filter((pack) => !taken.has(pack.id)).map((pack) => ({ id: pack.id, title: pack.title, added: true }))];
}
