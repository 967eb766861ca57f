import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_SUMMARY, OTHER_SUMMARIES } from 'virtual:pack-summaries';
import { usePackReady } from '../../app/PackGate';
import { DEFAULT_PACK_ID } from '../../data/pack-registry';
import { useFranchiseStore } from '../../data/franchise-store';
import { packSummary, type PackSummary } from '../../domain/pack/pack-summary';

/** Other shipped packs' summaries, once their chunk is in. */
const loaded = new Map<string, PackSummary>();

/** A shipped pack's summary if it is at hand: the default pack's is built in, another's once its chunk is in. */
function shippedSummary(packId: string): PackSummary | null {
  return packId === DEFAULT_PACK_ID ? DEFAULT_SUMMARY : (loaded.get(packId) ?? null);
}

/**
 * What Home says about the pack on screen: from the pack once it is in, before that from the summary built
 * for a shipped pack (so Home paints at once, or, for a pack other than the default, as soon as its small
 * summary chunk is in); null while neither is (a pack the user added is read from IndexedDB).
 */
export function useHomeSummary(packId: string): PackSummary | null {
  const ready = usePackReady();
  const index = useFranchiseStore((s) => (ready && s.state.status === 'ready' ? s.state.index : null));
  const [, setLoaded] = useState(0);
  useEffect(() => {
    // The id comes from the address: own properties only.
    if (shippedSummary(packId) !== null || !Object.hasOwn(OTHER_SUMMARIES, packId)) return;
    let live = true;
    void OTHER_SUMMARIES[packId]?.().then((summary) => {
      loaded.set(packId, summary);
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [packId]);
  const fromPack = useMemo(() => (index ? packSummary(index) : null), [index]);
  return fromPack ?? shippedSummary(packId);
}
