import { PACK_PREFIX_END, type ProgressMap } from '../domain/progress/progress-map';
import { currentPackId } from './active-pack';
import { useHelixStore } from './helix-store';

/**
 * The pack whose progress is stored without a pack prefix: the one pack Helix knew before packs became data
 * (storage version 3 and every backup and share link made then hold its ids bare). Every other pack's
 * progress id is stored as `<packId>/<id>`, so two packs never share a mark and nothing saved before had to
 * be rewritten (docs/decisions/011-packs-as-data.md). This is a fact about stored data: it never changes.
 */
export const UNPREFIXED_PACK_ID = 'connelly';

/** How a pack's progress id is stored. */
export function storedProgressId(packId: string, id: string): string {
  return packId === UNPREFIXED_PACK_ID ? id : `${packId}${PACK_PREFIX_END}${id}`;
}

/** One pack's marks, under the ids its items have (a cached view: the same object until they change). */
export function progressOfPack(progress: ProgressMap, packId: string): ProgressMap {
  return progress.scope(packId === UNPREFIXED_PACK_ID ? null : packId);
}

export { currentPackId };

/** The marks of the pack on screen. */
export function usePackProgress(): ProgressMap {
  return useHelixStore((s) => packProgressOf(s.progress));
}

/** For selectors inside the pack gate: the marks of the pack on screen, from the whole progress. */
export function packProgressOf(progress: ProgressMap): ProgressMap {
  const packId = currentPackId();
  return packId === null ? progress : progressOfPack(progress, packId);
}
