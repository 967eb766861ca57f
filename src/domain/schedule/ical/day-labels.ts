import type { OrderEntry } from '../../order/types';
import type { ScheduledItem } from '../types';

/** Display names for show and novel ids; without them the ids themselves are shown. */
export interface TitleLookup {
  show?: (showId: string) => string | undefined;
  novel?: (novelId: string) => string | undefined;
}

type Piece =
  | { kind: 'episodes'; show: string; season: number; from: number; to: number }
  | { kind: 'reading'; novel: string; unit: 'ch.' | 'pp.' | null; from: number; to: number }
  | { kind: 'other'; text: string };

/**
 * A short label for a day's items: consecutive episodes of one season become a range
 * ("Bosch S1E1–E3"), consecutive reading of one novel a chapter or page range
 * ("Desert Star ch. 12–15"), and the pieces are joined with " + ".
 */
export function summarizeItems(
  items: readonly ScheduledItem[],
  entriesById: ReadonlyMap<string, OrderEntry>,
  titles: TitleLookup = {},
): string {
  return summaryParts(items, entriesById, titles)
    .map(({ name, code }) => (code ? `${name} ${code}` : name))
    .join(' + ');
}

/** One run of a day's items, split into whose it is ("Bosch: Legacy") and which part ("S3E1–E3", "ch. 12–15"; may be empty). */
export interface SummaryPart {
  name: string;
  code: string;
}

/** The runs `summarizeItems` joins, kept apart so a narrow calendar cell can show the codes alone. */
export function summaryParts(
  items: readonly ScheduledItem[],
  entriesById: ReadonlyMap<string, OrderEntry>,
  titles: TitleLookup = {},
): SummaryPart[] {
  const pieces: Piece[] = [];
  for (const item of items) {
    const piece = pieceOf(item, entriesById.get(item.entryId), titles);
    const last = pieces[pieces.length - 1];
    if (!last || !extend(last, piece)) pieces.push(piece);
  }
  return pieces.map(partOf);
}

/** The label of one item on its own, e.g. "Bosch S1E2" or "Desert Star ch. 12–15". */
export function labelItem(item: ScheduledItem, entry: OrderEntry | undefined, titles: TitleLookup = {}): string {
  const { name, code } = partOf(pieceOf(item, entry, titles));
  return code ? `${name} ${code}` : name;
}

function pieceOf(item: ScheduledItem, entry: OrderEntry | undefined, titles: TitleLookup): Piece {
  if (!entry) return { kind: 'other', text: item.title };
  if (entry.kind === 'film') return { kind: 'other', text: `${entry.title} (film)` };
  if (entry.kind === 'episode') {
    const show = titles.show?.(entry.show) ?? entry.show;
    return { kind: 'episodes', show, season: entry.season, from: entry.episode, to: entry.episode };
  }
  const novel = titles.novel?.(entry.novel) ?? entry.novel;
  const chapters = item.part?.chapters ?? entry.chapters;
  if (chapters) return { kind: 'reading', novel, unit: 'ch.', from: chapters[0], to: chapters[1] };
  const pages = item.part?.pages ?? entry.pages;
  if (pages) return { kind: 'reading', novel, unit: 'pp.', from: pages[0], to: pages[1] };
  return { kind: 'reading', novel, unit: null, from: 0, to: 0 };
}

/** Widens `previous` to take in `next` when `next` carries straight on from it. */
function extend(previous: Piece, next: Piece): boolean {
  const sameRun =
    (previous.kind === 'episodes' && next.kind === 'episodes' && previous.show === next.show && previous.season === next.season) ||
    (previous.kind === 'reading' && next.kind === 'reading' && previous.unit !== null && previous.novel === next.novel && previous.unit === next.unit);
  if (!sameRun || next.from !== previous.to + 1) return false;
  previous.to = next.to;
  return true;
}

function partOf(piece: Piece): SummaryPart {
  switch (piece.kind) {
    case 'episodes':
      return { name: piece.show, code: `S${piece.season}E${piece.from}${piece.to > piece.from ? `–E${piece.to}` : ''}` };
    case 'reading': {
      if (piece.unit === null) return { name: piece.novel, code: '' };
      if (piece.from === piece.to) return { name: piece.novel, code: `${piece.unit === 'ch.' ? 'ch.' : 'p.'} ${piece.from}` };
      return { name: piece.novel, code: `${piece.unit} ${piece.from}–${piece.to}` };
    }
    case 'other':
      return { name: piece.text, code: '' };
  }
}
