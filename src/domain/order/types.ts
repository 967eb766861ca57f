/** The shapes the order engine reads and writes. See DESIGN §3 and README "Orders". */

export type Strategy = 'release' | 'book-first' | 'show-first' | 'series' | 'helix';

export const STRATEGIES: readonly Strategy[] = ['release', 'book-first', 'show-first', 'series', 'helix'];

/** How novels are cut into reading blocks. */
export type ReadingGranularity = 'book' | 'segment' | { chapters: number } | { pages: number };

export interface OrderSpec {
  /** Ids of shows, seasons (`legacy-s03`), single episodes, films and novels. Unknown ids are ignored. */
  include: readonly string[];
  strategy: Strategy;
  /** For the `series` strategy: show ids and novel-series ids, first to last. Unlisted ones follow by release. */
  seriesOrder?: readonly string[];
  readingGranularity: ReadingGranularity;
  /** Reading speed used for reading blocks' minutes. Default 40 pages per hour. */
  pagesPerHour?: number;
}

interface EntryBase {
  /** Episode id, or `desert-star#12-15` (chapters) / `the-black-ice#p1-48` (pages) / `the-poet` (whole book). */
  id: string;
  title: string;
  /** Minutes to watch or read; `approximate` when derived from a typical runtime or page estimates. */
  minutes: number;
  approximate: boolean;
  /** Thread ids this entry carries (from segments and links). */
  threads: readonly string[];
  /** A short human sentence saying why the entry sits here. */
  reason: string;
  /**
   * The same reason without plot words (link and segment labels), for items past the spoiler
   * window: it keeps the ordering logic and names other items only by code or book title.
   * Always set by buildOrder; optional so that hand-made entries (fixtures) may leave it out.
   */
  safeReason?: string;
  /** Release or publication date (partial date), when known. */
  released?: string;
}

export interface EpisodeEntry extends EntryBase {
  kind: 'episode';
  show: string;
  /** The show's title, for labels that must stand alone (e.g. copied as text). */
  showTitle?: string;
  season: number;
  episode: number;
}

export interface ReadingEntry extends EntryBase {
  kind: 'reading';
  novel: string;
  /** Inclusive chapter range, when the novel's chapters are known. */
  chapters?: readonly [number, number];
  /** Inclusive page range, when cut by pages (chapters unknown). */
  pages?: readonly [number, number];
  /**
   * helix: the novel's links disagreed with screen order, so the whole novel is spread in chapter
   * order over these seasons (ids, in screen order). The plan explains it once (braid note).
   */
  spreadOver?: readonly string[];
}

/** A feature film: a screen item of its own, watched in one sitting. */
export interface FilmEntry extends EntryBase {
  kind: 'film';
  /** Id of the novel the film adapts, when an adapts link names one. */
  adapts?: string;
}

export type OrderEntry = EpisodeEntry | ReadingEntry | FilmEntry;

/** Episodes and films: what is watched rather than read. */
export type ScreenEntry = EpisodeEntry | FilmEntry;

export function isScreenEntry(entry: OrderEntry): entry is ScreenEntry {
  return entry.kind !== 'reading';
}
