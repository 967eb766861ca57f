import { create } from 'zustand';

interface UpdateState {
  /** Set when a new version is installed and waiting: calling it reloads into the new version. */
  reload: (() => void) | null;
  offlineReady: boolean;
  offer: (reload: () => void) => void;
  markOfflineReady: () => void;
  dismiss: () => void;
}

export const useUpdateStore = create<UpdateState>()((set) => ({
  reload: null,
  offlineReady: false,
  offer: (reload) => set({ reload }),
  markOfflineReady: () => set({ offlineReady: true }),
  dismiss: () => set({ reload: null, offlineReady: false }),
}));
