import type { OrderEntry } from './types';

export interface FormatOrderOptions {
  /** Spoiler safety: entries (by position) whose episode title is left out, as on screen. */
  hideTitle?: (position: number) => boolean;
}

/**
 * The order as plain text for "copy as text": one numbered line per entry, with the date when
 * known and "≈" before approximate times, e.g.
 * `12. Bosch: Legacy S3E10 – Dig Down (2025-04-17, ≈45 min)` or `13. Film: Blood Work (2002-08-09, 110 min)`; with the title hidden,
 * `12. Bosch: Legacy S3E10 (2025-04-17, ≈45 min)`.
 */
export function formatOrder(entries: readonly OrderEntry[], options: FormatOrderOptions = {}): string {
  const width = String(entries.length).length;
  return entries
    .map((entry, i) => {
      const label =
        entry.kind === 'episode'
          ? `${entry.showTitle ?? entry.show} S${entry.season}E${entry.episode}${options.hideTitle?.(i) ? '' : ` – ${entry.title}`}`
          : entry.kind === 'film'
            ? `Film: ${entry.title}`
            : entry.title;
      const time = `${entry.approximate ? '≈' : ''}${entry.minutes} min`;
      const details = entry.released ? `${entry.released}, ${time}` : time;
      return `${String(i + 1).padStart(width)}. ${label} (${details})`;
    })
    .join('\n');
}
