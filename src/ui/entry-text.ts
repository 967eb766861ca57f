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
