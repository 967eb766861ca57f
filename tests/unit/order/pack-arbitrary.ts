import * as fc from 'fast-check';
import type { Film, Link, Novel, Pack, Show } from '../../../src/domain/pack/schema';
import type { OrderSpec, ReadingGranularity } from '../../../src/domain/order/types';
import { STRATEGIES } from '../../../src/domain/order/types';

/**
 * Random packs that pass parsePack, built from plain numbers so fast-check can shrink them:
 * shows with seasons (some announced and empty), episodes with or without dates, runtimes and
 * titles; novels with or without chapters, pages and segments; and links that point anywhere,
 * so they contradict each other freely, plus optional loops of leads-into links, and films (some
 * adapted from a novel, some on their own, some sharing a date with an episode or a book).
 */
type Shape<A> = A extends fc.Arbitrary<infer T> ? T : never;

const SOURCE = ['https://example.org/s'];
const THREADS = ['alpha', 'beta', 'gamma'];
const SERIES = ['red', 'green', 'blue'];

const day = fc.integer({ min: 0, max: 40 * 365 });
const dateOf = (offset: number, precision: number) => {
  const iso = new Date(Date.UTC(1990, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
  return precision === 0 ? iso.slice(0, 4) : precision === 1 ? iso.slice(0, 7) : iso;
};

const episodeShape = fc.record({
  released: fc.option(day, { nil: undefined }),
  runtime: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
  titled: fc.boolean(),
});
const seasonShape = fc.record({
  premiere: fc.option(day, { nil: undefined }),
  announced: fc.boolean(),
  episodes: fc.array(episodeShape, { maxLength: 6 }),
});
const showShape = fc.record({ typical: fc.integer({ min: 1, max: 90 }), seasons: fc.array(seasonShape, { minLength: 1, maxLength: 3 }) });
const novelShape = fc.record({
  published: day,
  precision: fc.integer({ min: 0, max: 2 }),
  series: fc.subarray(SERIES, { minLength: 1 }),
  chapters: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  pages: fc.option(fc.integer({ min: 1, max: 700 }), { nil: undefined }),
  cuts: fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
});
const linkShape = fc.record({
  type: fc.constantFrom('adapts', 'adapts', 'leads-into'),
  from: fc.nat(),
  to: fc.nat(),
  toSeason: fc.boolean(),
  range: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: undefined }),
  thread: fc.option(fc.constantFrom(...THREADS), { nil: undefined }),
});

const filmShape = fc.record({
  released: day,
  runtime: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  novel: fc.option(fc.nat(), { nil: undefined }),
});

function buildPack(
  showShapes: Shape<typeof showShape>[],
  novelShapes: Shape<typeof novelShape>[],
  linkShapes: Shape<typeof linkShape>[],
  loop: number,
  filmShapes: Shape<typeof filmShape>[] = [],
): Pack {
  const shows: Show[] = showShapes.map((shape, s) => ({
    id: `show${s}`,
    title: `Show ${s}`,
    network: 'Net',
    typicalRuntimeMin: shape.typical,
    seasons: shape.seasons.map((season, n) => {
      const episodes = season.announced
        ? []
        : season.episodes.map((episode, e) => ({
            id: `show${s}-s${n + 1}e${e + 1}`,
            number: e + 1,
            ...(episode.titled ? { title: `Title ${s}.${n + 1}.${e + 1}` } : {}),
            ...(episode.released !== undefined ? { released: dateOf(episode.released, 2) } : {}),
            ...(episode.runtime !== undefined ? { runtimeMin: episode.runtime } : {}),
          }));
      return {
        id: `show${s}-s${n + 1}`,
        number: n + 1,
        ...(season.premiere !== undefined ? { premiere: dateOf(season.premiere, 2) } : {}),
        ...(season.announced ? { announced: true } : {}),
        episodes,
      };
    }),
  }));
  const novels: Novel[] = novelShapes.map((shape, i) => {
    const novel: Novel = { id: `novel${i}`, title: `Novel ${i}`, published: dateOf(shape.published, shape.precision), series: shape.series };
    if (shape.pages !== undefined) novel.pages = shape.pages;
    if (shape.chapters !== undefined) {
      const chapters = shape.chapters;
      novel.chapters = chapters;
      const cuts = [...new Set(shape.cuts.map((cut) => ((cut - 1) % chapters) + 1))].sort((a, b) => a - b);
      // Segments between successive cuts, skipping every other gap so that some chapters stay uncovered.
      novel.segments = cuts.flatMap((cut, k) => {
        const end = (cuts[k + 1] ?? chapters + 1) - 1;
        return k % 3 === 2 || end < cut ? [] : [{ chapters: [cut, end] as [number, number], thread: THREADS[k % 3] as string, label: `part ${k}`, confidence: 'inferred' as const }];
      });
    }
    return novel;
  });

  const episodeIds = shows.flatMap((show) => show.seasons.flatMap((season) => season.episodes.map((episode) => episode.id)));
  const seasonIds = shows.flatMap((show) => show.seasons.map((season) => season.id));
  const links: Link[] = [];
  linkShapes.forEach((shape, i) => {
    const base = { id: `link${i}`, confidence: 'inferred' as const, sources: SOURCE, ...(shape.thread ? { thread: shape.thread } : {}) };
    if (shape.type === 'leads-into') {
      const from = episodeIds[shape.from % Math.max(1, episodeIds.length)];
      const to = episodeIds[shape.to % Math.max(1, episodeIds.length)];
      if (from && to) links.push({ ...base, type: 'leads-into', from, to });
      return;
    }
    const novel = novels[shape.from % Math.max(1, novels.length)];
    const targets = shape.toSeason ? seasonIds : episodeIds;
    const to = targets[shape.to % Math.max(1, targets.length)];
    if (!novel || !to) return;
    const link: Link = { ...base, type: 'adapts', from: novel.id, to, label: `carried part ${i}` };
    if (shape.range && novel.chapters !== undefined) {
      const a = (shape.range[0] % novel.chapters) + 1;
      const b = (shape.range[1] % novel.chapters) + 1;
      link.chapters = [Math.min(a, b), Math.max(a, b)];
    }
    links.push(link);
  });
  // A loop of leads-into links over the first `loop` episodes.
  const ring = episodeIds.slice(0, loop);
  if (ring.length >= 2) {
    ring.forEach((from, k) => {
      links.push({ id: `ring${k}`, type: 'leads-into', from, to: ring[(k + 1) % ring.length] as string, confidence: 'inferred', sources: SOURCE });
    });
  }

  const films: Film[] = filmShapes.map((shape, i) => {
    const film: Film = { id: `film${i}`, title: `Film ${i}`, released: dateOf(shape.released, 2), distributor: 'Studio', confidence: 'sourced', sources: SOURCE };
    if (shape.runtime !== undefined) film.runtimeMin = shape.runtime;
    const novel = shape.novel === undefined ? undefined : novels[shape.novel % Math.max(1, novels.length)];
    if (novel) links.push({ id: `film-link${i}`, type: 'adapts', from: novel.id, to: film.id, confidence: 'sourced', sources: SOURCE });
    return film;
  });

  return {
    schemaVersion: 1,
    id: 'synthetic',
    title: 'Synthetic',
    dataVersion: '2026-01-01',
    sources: SOURCE,
    series: SERIES.map((id) => ({ id, title: `Series ${id}` })),
    characters: [],
    threads: THREADS.map((id) => ({ id, title: `Thread ${id}`, color: '#123456' })),
    shows,
    novels,
    links,
    ...(films.length > 0 ? { films } : {}),
  };
}

export const packArbitrary: fc.Arbitrary<Pack> = fc
  .tuple(
    fc.array(showShape, { maxLength: 4 }),
    // Up to 7 novels over 3 series: most packs have novels sharing a series, some in two at once.
    fc.array(novelShape, { maxLength: 7 }),
    fc.array(linkShape, { maxLength: 12 }),
    fc.integer({ min: 0, max: 4 }),
    fc.array(filmShape, { maxLength: 3 }),
  )
  .map(([shows, novels, links, loop, films]) => buildPack(shows, novels, links, loop, films));

export const granularityArbitrary: fc.Arbitrary<ReadingGranularity> = fc.oneof(
  fc.constantFrom<ReadingGranularity>('book', 'segment'),
  fc.integer({ min: 1, max: 20 }).map((chapters) => ({ chapters })),
  fc.integer({ min: 1, max: 200 }).map((pages) => ({ pages })),
);

/** Every id a spec can include: shows, seasons, episodes, novels and films. */
export function includableIds(pack: Pack): string[] {
  return [
    ...pack.shows.flatMap((show) => [show.id, ...show.seasons.flatMap((season) => [season.id, ...season.episodes.map((e) => e.id)])]),
    ...pack.novels.map((novel) => novel.id),
    ...(pack.films ?? []).map((film) => film.id),
  ];
}

/** A random spec over a pack: any subset of includable ids plus an unknown one, any strategy. */
export function specArbitrary(pack: Pack): fc.Arbitrary<OrderSpec> {
  return fc.record({
    include: fc.subarray([...includableIds(pack), 'no-such-id']),
    strategy: fc.constantFrom(...STRATEGIES),
    seriesOrder: fc.subarray([...SERIES, ...pack.shows.map((show) => show.id)]),
    readingGranularity: granularityArbitrary,
    pagesPerHour: fc.integer({ min: 1, max: 120 }),
  });
}

export const packAndSpec: fc.Arbitrary<{ pack: Pack; spec: OrderSpec }> = packArbitrary.chain((pack) =>
  specArbitrary(pack).map((spec) => ({ pack, spec })),
);
