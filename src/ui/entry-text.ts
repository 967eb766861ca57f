import type { OrderEntry } from '../domain/order/types';

/** "Bosch: Legacy S3E1" or "Desert Star, ch. 12–15". */
export function entryCode(entry: OrderEntry): string {
  return entry.kind === 'episode' ? `${entry.showTitle ?? entry.show} S${entry.season}E${entry.episode}` : entry.title;
}

/** "Bosch: Legacy S3E1 ‘Goes Where It Goes’" — or the code alone when the title is hidden or is only a number. */
export function entryName(entry: OrderEntry, hideTitle = false): string {
  if (entry.kind === 'reading') return entry.title;
  const code = entryCode(entry);
  if (hideTitle || /^Episode \d+$/.test(entry.title)) return code;
  return `${code} ‘${entry.title}’`;
}

/** The accessible name of a row's checkbox. */
export function checkboxLabel(entry: OrderEntry, hideTitle: boolean): string {
  return `Mark ${entryName(entry, hideTitle)} as ${entry.kind === 'episode' ? 'watched' : 'read'}`;
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
