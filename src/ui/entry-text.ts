import type { OrderEntry } from '../domain/order/types';

/** "Bosch: Legacy S3E1", "Desert Star, ch. 12–15" or "Blood Work (film)". */
export function entryCode(entry: OrderEntry): string {
  if (entry.kind === 'film') return `${entry.title} (film)`;
  return entry.kind === 'episode' ? `${entry.showTitle ?? entry.show} S${entry.season}E${entry.episode}` : entry.title;
}

/** The chip before a row's name: what kind of item it is. */
export function kindChip(entry: OrderEntry): 'TV' | 'Film' | 'Book' {
  return entry.kind === 'episode' ? 'TV' : entry.kind === 'film' ? 'Film' : 'Book';
}

/** "Bosch: Legacy S3E1 ‘Goes Where It Goes’" — or the code alone when the title is hidden or is only a number. */
export function entryName(entry: OrderEntry, hideTitle = false): string {
  if (entry.kind === 'reading') return entry.title;
  // A film's title is no spoiler (like a book's): never hidden.
  if (entry.kind === 'film') return entryCode(entry);
  const code = entryCode(entry);
  if (hideTitle || /^Episode \d+$/.test(entry.title)) return code;
  return `${code} ‘${entry.title}’`;
}

/** The accessible name of a row's checkbox. */
export function checkboxLabel(entry: OrderEntry, hideTitle: boolean): string {
  return `Mark ${entryName(entry, hideTitle)} as ${entry.kind === 'reading' ? 'read' : 'watched'}`;
}

/**
 * What a spoiler-hidden row's reveal button shows, in the button's own words: an episode's hidden
 * title ("Reveal title"), or, for a book's chapters (whose title is never hidden), the plot words of its
 * reason ("Reveal plot"). Null when hiding changed nothing (a numbered episode with a plain reason).
 */
export function revealText(entry: OrderEntry): 'Reveal title' | 'Reveal plot' | null {
  if (entryName(entry, true) !== entryName(entry)) return 'Reveal title';
  // Without a safe reason the whole reason is hidden (hand-made entries); with one, only its plot words.
  if (entry.safeReason === undefined || entry.safeReason !== entry.reason) return 'Reveal plot';
  return null;
}
