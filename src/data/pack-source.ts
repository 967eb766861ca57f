import { download, fileSource, forgetDownload, packUrl, useDownload, type FileState, type Source } from './pack-download';
import { shippedPack } from './pack-registry';

/**
 * Where a pack comes from, by id: the one place that knows. A shipped pack is served split in two files
 * (docs/decisions/010-first-load-and-pack-split.md): its core first, its details when a screen shows sources.
 * A pack the user added is kept whole in IndexedDB, as it was validated when added (it has no split files):
 * it is read with its own chunk and arrives with its details.
 */
export interface PackSource {
  /** The pack's first file: a shipped pack's core, or an added pack whole. */
  first: Source;
  /** Whether `first` is the whole pack (details included). */
  whole: boolean;
}

const addedKey = (packId: string) => `added-pack:${packId}`;

export function packSource(packId: string): PackSource {
  if (shippedPack(packId)) return { first: fileSource(packUrl(packId), 'The data pack'), whole: false };
  return { first: { key: addedKey(packId), fetch: () => import('./user-packs').then((m) => m.openUserPack(packId)) }, whole: true };
}

/** Starts a pack's first download (as the app starts, beside its code). */
export function startPack(packId: string): void {
  const { first } = packSource(packId);
  download(first.key, first.fetch);
}

/** A pack's first file as React state, and whether it is the whole pack. */
export function usePackSource(packId: string): { state: FileState; retry: () => void; whole: boolean } {
  const source = packSource(packId);
  return { ...useDownload(source.first), whole: source.whole };
}

/** The details file of a shipped pack; null for an added pack (it came whole). */
export function detailsSource(packId: string): Source | null {
  return shippedPack(packId) ? fileSource(packUrl(packId, 'details'), 'The sources of the data pack') : null;
}

/** An added pack was replaced or removed: the next look reads it again. */
export function forgetAddedPack(packId: string): void {
  forgetDownload(addedKey(packId));
}
