import { formatIsbn13, openLibraryUrl } from './isbn';
import type { PackIndex } from './pack-index';
import type { Watch } from './schema';

export interface ReadLink {
  readonly isbn: string;
  /** "978-0316485654" */
  readonly label: string;
  readonly url: string;
}

/** Where a show, season, episode or film streams (the show's or film's `watch`), or undefined when no source gives it. */
export function whereToWatch(index: PackIndex, id: string): Watch | undefined {
  const show = index.shows.get(id) ?? index.seasons.get(id)?.show ?? index.episodes.get(id)?.show;
  return show?.watch ?? index.announcedShows.get(id)?.watch ?? index.films.get(id)?.watch;
}

/** A novel's ISBNs with their Open Library links; empty when none is sourced. */
export function whereToRead(index: PackIndex, novelId: string): ReadLink[] {
  return (index.novels.get(novelId)?.isbn13 ?? []).map((isbn) => ({ isbn, label: formatIsbn13(isbn), url: openLibraryUrl(isbn) }));
}

/**
 * For a plan row's details: the watch link of an episode, or the read links of a reading block
 * ("desert-star#ch12" or a novel id). Plain links only; the app fetches nothing.
 */
export function whereForEntry(index: PackIndex, entryId: string): { watch?: Watch; read: ReadLink[] } {
  const novelId = entryId.split('#')[0] ?? entryId;
  if (index.novels.has(novelId)) return { read: whereToRead(index, novelId) };
  const watch = whereToWatch(index, entryId);
  return watch ? { watch, read: [] } : { read: [] };
}
