import type { OrderEntry } from './types';

/**
 * The order as plain text for "copy as text": one numbered line per entry, with the date when
 * known and "≈" before approximate times, e.g.
 * `12. Bosch: Legacy S3E10 – Dig Down (2025-04-17, ≈45 min)`.
 */
export function formatOrder(entries: readonly OrderEntry[]): string {
  const width = String(entries.length).length;
  return entries
    .map((entry, i) => {
      const label =
        entry.kind === 'episode'
          ? `${entry.showTitle ?? entry.show} S${entry.season}E${entry.episode} – ${entry.title}`
          : entry.title;
      const time = `${entry.approximate ? '≈' : ''}${entry.minutes} min`;
      const details = entry.released ? `${entry.released}, ${time}` : time;
      return `${String(i + 1).padStart(width)}. ${label} (${details})`;
    })
    .join('\n');
}
