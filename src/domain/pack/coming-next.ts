import { comparePartialDates, dateSortKey } from './partial-date';
import type { Confidence, Pack } from './schema';

/** Something announced or not yet out, for Home's "Coming next" card and the catalog. */
export interface ComingItem {
  readonly id: string;
  readonly kind: 'season' | 'show' | 'novel';
  /** "The Lincoln Lawyer season 5", "Bosch: Start of Watch", "The Hollow" */
  readonly title: string;
  /** The expected date where a source gives one (partial), else undefined. */
  readonly date?: string;
  /** For an announced show: when it was announced. */
  readonly announcedOn?: string;
  /** Shows and seasons: the network. Novels: the series titles. */
  readonly detail: string;
  /** How sure the link to the source material is, where the pack says (e.g. the season ↔ novel link). */
  readonly basedOn?: { readonly title: string; readonly confidence: Confidence };
  readonly sources: readonly string[];
  /** A season of a show already in the pack: plans that include the whole show gain its episodes when they are released. */
  readonly joinsWholeShowPlans: boolean;
}

/** `today` is YYYY-MM-DD. A novel is upcoming when the first day its date covers is after today. */
export function comingNext(pack: Pack, today: string): ComingItem[] {
  const now = dateSortKey(today);
  const items: ComingItem[] = [];
  const novelTitle = new Map(pack.novels.map((n) => [n.id, n.title]));
  for (const show of pack.shows) {
    for (const season of show.seasons) {
      if (!season.announced || season.episodes.length > 0) continue;
      if (season.premiere !== undefined && dateSortKey(season.premiere) <= now) continue;
      const basis = pack.links.find((l) => l.type === 'adapts' && l.to === season.id);
      items.push({
        id: season.id,
        kind: 'season',
        title: `${show.title} season ${season.number}`,
        date: season.premiere,
        detail: show.network,
        basedOn: basis ? { title: novelTitle.get(basis.from) ?? basis.from, confidence: basis.confidence } : undefined,
        sources: season.sources ?? [],
        joinsWholeShowPlans: true,
      });
    }
  }
  for (const show of pack.announcedShows ?? []) {
    items.push({
      id: show.id,
      kind: 'show',
      title: show.title,
      date: show.premiere,
      announcedOn: show.announcedOn,
      detail: show.network,
      sources: show.sources ?? [],
      joinsWholeShowPlans: false,
    });
  }
  const seriesTitle = new Map(pack.series.map((s) => [s.id, s.title]));
  for (const novel of pack.novels) {
    if (dateSortKey(novel.published) <= now) continue;
    items.push({
      id: novel.id,
      kind: 'novel',
      title: novel.title,
      date: novel.published,
      detail: novel.series.map((id) => seriesTitle.get(id) ?? id).join(', '),
      sources: novel.sources ?? [],
      joinsWholeShowPlans: false,
    });
  }
  // Dated items first, soonest first; undated ones after, in pack order.
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => {
      if (a.item.date && b.item.date) return comparePartialDates(a.item.date, b.item.date) || a.i - b.i;
      if (a.item.date) return -1;
      if (b.item.date) return 1;
      return a.i - b.i;
    })
    .map(({ item }) => item);
}
