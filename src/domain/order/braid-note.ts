import type { PackIndex } from '../pack/pack-index';
import type { Link } from '../pack/schema';
import type { EpisodeEntry, OrderEntry } from './types';

/** What the plan says once, at the top, about a novel the helix spread over several seasons. */
export interface BraidNote {
  readonly novel: string;
  /** Two or three sentences, true of this order: what the seasons take, what gave way. */
  readonly text: string;
}

/**
 * One note per novel whose blocks the helix spread over two or more seasons (`spreadOver`, see
 * reading-anchors.ts): which case each season takes, whether one hands over to the next, and
 * which part of the book, linked to an earlier season, is read after that season ends because
 * chapters stay in order. Every clause is checked against the order it describes. O(entries).
 */
export function braidNotes(index: PackIndex, entries: readonly OrderEntry[]): BraidNote[] {
  const spread = new Map<string, readonly string[]>();
  for (const entry of entries) {
    if (entry.kind === 'reading' && entry.spreadOver && entry.spreadOver.length >= 2 && !spread.has(entry.novel)) spread.set(entry.novel, entry.spreadOver);
  }
  const notes: BraidNote[] = [];
  for (const [novelId, seasonIds] of spread) {
    const novel = index.novels.get(novelId);
    if (!novel) continue;
    const links = (index.linksOf.get(novelId) ?? []).filter((link) => link.type === 'adapts' && link.from === novelId);
    const seasons = seasonIds.flatMap((id) => {
      const ref = index.seasons.get(id);
      const positions = entries.flatMap((entry, i) => (entry.kind === 'episode' && index.episodes.get(entry.id)?.season.id === id ? [i] : []));
      if (!ref || positions.length === 0) return [];
      const whole = links.find((link) => link.to === id && !link.chapters && link.thread);
      const thread = (whole ?? links.find((link) => link.to === id && link.thread))?.thread;
      return [{ id, label: `${ref.show.title} S${ref.season.number}`, thread, first: positions[0] as number, last: positions[positions.length - 1] as number }];
    });
    if (seasons.length < 2) continue;

    // "Tells two cases at once" only when each season's case is a thread the book's segments carry.
    const told = new Set((novel.segments ?? []).flatMap((segment) => [segment.thread, ...(segment.woven ?? [])]));
    const threads = seasons.map((season) => season.thread);
    const withCases = threads.every((thread) => thread && told.has(thread)) && new Set(threads).size === seasons.length;
    const caseOf = (season: (typeof seasons)[number]) => lowerFirst(index.threads.get(season.thread as string)?.title ?? '');
    // "Hands over" only where a leads-into link joins one season's last episode to the next one's first, side by side.
    const handsOver = seasons.slice(1).map((season, i) => {
      const before = seasons[i] as (typeof seasons)[number];
      const from = entries[before.last] as EpisodeEntry;
      const to = entries[season.first] as EpisodeEntry;
      return season.first === before.last + 1 && (index.linksOf.get(from.id) ?? []).some((link) => link.type === 'leads-into' && link.to === to.id);
    });
    const parts = seasons.map((season, i) => {
      if (i === 0) return withCases ? `${season.label} takes ${caseOf(season)}` : season.label;
      const handOff = handsOver[i - 1] ? 'then hands over to ' : '';
      return `${handOff}${season.label}${withCases ? `${handOff ? ' and' : ''} ${caseOf(season)}` : ''}`;
    });
    const onScreen = handsOver.every(Boolean) ? parts.join(', ') : joinAnd(parts);
    const sentences = [
      withCases ? `${novel.title} tells ${seasons.length === 2 ? 'two' : seasons.length} cases at once: on screen, ${onScreen}.` : `${novel.title} is drawn on by ${onScreen}.`,
    ];
    const count = seasons.reduce((sum, season) => sum + entries.slice(season.first, season.last + 1).filter((entry) => entry.kind === 'episode' && index.episodes.get(entry.id)?.season.id === season.id).length, 0);
    const late = latePart(entries, novelId, links, seasons);
    sentences.push(
      `Helix keeps the chapters in order across all ${count} episodes${
        late ? `, so ${chaptersText(late.chapters)}, the part ${late.season} draws on, ${late.chapters[0] === late.chapters[1] ? 'comes' : 'come'} after that season ends` : ''
      }.`,
    );
    notes.push({ novel: novelId, text: sentences.join(' ') });
  }
  return notes;
}

/** A part-level link whose chapters are all read after the last episode of the season it names. */
function latePart(
  entries: readonly OrderEntry[],
  novelId: string,
  links: readonly Link[],
  seasons: readonly { id: string; label: string; last: number }[],
): { chapters: readonly [number, number]; season: string } | undefined {
  for (const link of links) {
    const season = seasons.find((candidate) => candidate.id === link.to);
    const range = link.chapters;
    if (!season || !range) continue;
    const firstRead = entries.findIndex((entry) => entry.kind === 'reading' && entry.novel === novelId && entry.chapters !== undefined && entry.chapters[1] >= range[0]);
    if (firstRead > season.last) return { chapters: range, season: season.label };
  }
  return undefined;
}

function chaptersText([from, to]: readonly [number, number]): string {
  return from === to ? `chapter ${from}` : `chapters ${from}–${to}`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
