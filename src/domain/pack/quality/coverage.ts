import type { Pack } from '../schema';
import { datePrecision } from '../partial-date';
import { independentCount, type FamilyLookup } from './source-families';

/** One line of the coverage table: a season of a show, one format of the novels, or the films. */
export interface CoverageRow {
  readonly label: string;
  /** Episodes, or books. */
  readonly records: number;
  readonly titlesKnown: number;
  readonly datesKnown: number;
  /** Independent sources per record (reposts counted once): the smallest and the mean. */
  readonly sourcesMin: number;
  readonly sourcesMean: number;
  /** Episodes: high / medium / unknown titles. Books and films: day / month / year-only dates. */
  readonly confidence: readonly [number, number, number];
}

const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function row(label: string, counts: readonly number[], titles: number, dates: number, confidence: readonly [number, number, number]): CoverageRow {
  return {
    label,
    records: counts.length,
    titlesKnown: titles,
    datesKnown: dates,
    sourcesMin: counts.length === 0 ? 0 : Math.min(...counts),
    sourcesMean: mean(counts),
    confidence,
  };
}

/** Coverage of the pack's facts: per released season, then the novels by format, then the films. */
export function coverageRows(pack: Pack, lookup: FamilyLookup): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const show of pack.shows) {
    for (const season of show.seasons) {
      if (season.episodes.length === 0) continue;
      const eps = season.episodes;
      const count = (c: string) => eps.filter((e) => (e.titleConfidence ?? 'unknown') === c).length;
      rows.push(
        row(
          `${show.title} S${season.number}`,
          eps.map((e) => independentCount(lookup, e.sources ?? [])),
          eps.filter((e) => e.title !== undefined).length,
          eps.filter((e) => e.released !== undefined).length,
          [count('high'), count('medium'), count('unknown')],
        ),
      );
    }
  }
  for (const format of ['novel', 'story', 'collection'] as const) {
    const books = pack.novels.filter((n) => (n.format ?? 'novel') === format);
    if (books.length === 0) continue;
    const precision = (p: string) => books.filter((b) => datePrecision(b.published) === p).length;
    rows.push(
      row(
        format === 'novel' ? 'Novels' : format === 'story' ? 'Short stories' : 'Story collections',
        books.map((b) => independentCount(lookup, b.sources ?? [])),
        books.length,
        books.length,
        [precision('day'), precision('month'), precision('year')],
      ),
    );
  }
  const films = pack.films ?? [];
  if (films.length > 0) {
    const precision = (p: string) => films.filter((film) => datePrecision(film.released) === p).length;
    rows.push(row('Films', films.map((film) => independentCount(lookup, film.sources ?? [])), films.length, films.length, [precision('day'), precision('month'), precision('year')]));
  }
  return rows;
}

/** The table as Markdown, for the terminal and the README. */
export function formatCoverage(rows: readonly CoverageRow[]): string {
  const head = '| records | n | titles known | dates known | sources per record (min / mean) | confidence |';
  const lines = [head, '|---|---|---|---|---|---|'];
  for (const r of rows) {
    const episodes = !/^(Novels|Short stories|Story collections|Films)$/.test(r.label);
    const confidence = episodes
      ? `${r.confidence[0]} high · ${r.confidence[1]} medium · ${r.confidence[2]} unknown`
      : `${r.confidence[0]} day · ${r.confidence[1]} month · ${r.confidence[2]} year only`;
    lines.push(`| ${r.label} | ${r.records} | ${r.titlesKnown} | ${r.datesKnown} | ${r.sourcesMin} / ${r.sourcesMean.toFixed(1)} | ${confidence} |`);
  }
  return lines.join('\n');
}
