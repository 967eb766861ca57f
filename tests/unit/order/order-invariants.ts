import { expect } from 'vitest';
import { comparePartialDates } from '../../../src/domain/pack/partial-date';
import type { Pack } from '../../../src/domain/pack/schema';
import type { OrderEntry, OrderSpec } from '../../../src/domain/order/types';

/** Episode ids the spec includes, in pack order. */
export function includedEpisodeIds(pack: Pack, include: readonly string[]): string[] {
  const wanted = new Set(include);
  return pack.shows.flatMap((show) =>
    show.seasons.flatMap((season) =>
      season.episodes
        .filter((episode) => wanted.has(show.id) || wanted.has(season.id) || wanted.has(episode.id))
        .map((episode) => episode.id),
    ),
  );
}

/**
 * The hard constraints: every included episode exactly once and nothing else; episodes in
 * season/episode order within each show; each included novel's blocks cover it exactly once,
 * in order; every included film once; every entry has a reason and whole, positive minutes.
 */
export function expectHardConstraints(pack: Pack, spec: OrderSpec, entries: readonly OrderEntry[]): void {
  const ids = entries.map((entry) => entry.id);
  expect(new Set(ids).size).toBe(ids.length);

  const episodes = entries.filter((entry) => entry.kind === 'episode');
  expect(episodes.map((entry) => entry.id).sort()).toEqual(includedEpisodeIds(pack, spec.include).sort());
  const lastOfShow = new Map<string, number>();
  for (const entry of episodes) {
    const rank = entry.season * 10_000 + entry.episode;
    expect(rank).toBeGreaterThan(lastOfShow.get(entry.show) ?? 0);
    lastOfShow.set(entry.show, rank);
  }

  const wanted = new Set(spec.include);
  const included = pack.novels.filter((novel) => wanted.has(novel.id));
  const reading = entries.filter((entry) => entry.kind === 'reading');
  expect([...new Set(reading.map((entry) => entry.novel))].sort()).toEqual(included.map((novel) => novel.id).sort());
  for (const novel of included) {
    const blocks = reading.filter((entry) => entry.novel === novel.id);
    const first = blocks[0];
    if (first?.chapters) {
      expectPartition(blocks.map((block) => block.chapters), novel.chapters);
    } else if (first?.pages) {
      expectPartition(blocks.map((block) => block.pages), novel.pages);
    } else {
      expect(blocks.map((block) => block.id)).toEqual([novel.id]);
    }
  }

  const films = entries.filter((entry) => entry.kind === 'film').map((entry) => entry.id);
  expect(films.sort()).toEqual((pack.films ?? []).filter((film) => wanted.has(film.id)).map((film) => film.id).sort());

  for (const entry of entries) {
    expect(entry.reason.length).toBeGreaterThan(0);
    expect(entry.title.length).toBeGreaterThan(0);
    expect(Number.isInteger(entry.minutes) && entry.minutes >= 1).toBe(true);
  }
}

/** Ranges that run 1…total with no gap and no overlap, in order. */
function expectPartition(ranges: readonly (readonly [number, number] | undefined)[], total: number | undefined): void {
  let next = 1;
  for (const range of ranges) {
    expect(range?.[0]).toBe(next);
    expect(range?.[1]).toBeGreaterThanOrEqual(range?.[0] ?? Infinity);
    next = (range?.[1] ?? 0) + 1;
  }
  expect(next - 1).toBe(total);
}

/**
 * Series order, the rule book readers check first: for every series, each included novel's blocks
 * all come before the next included novel of that series (publication order, partial dates as
 * documented, pack order on equal dates). Returns one line per break.
 */
export function seriesOrderBreaks(pack: Pack, entries: readonly OrderEntry[]): string[] {
  const breaks: string[] = [];
  const position = new Map(pack.novels.map((novel, i) => [novel.id, i]));
  for (const series of pack.series) {
    const ranked = pack.novels
      .filter((novel) => novel.series.includes(series.id))
      .sort((a, b) => comparePartialDates(a.published, b.published) || (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
    const rank = new Map(ranked.map((novel, i) => [novel.id, i]));
    let last = -1;
    for (const entry of entries) {
      if (entry.kind !== 'reading' || !rank.has(entry.novel)) continue;
      const at = rank.get(entry.novel) as number;
      if (at < last) breaks.push(`${series.title}: ${entry.title} comes after a later novel of the series`);
      last = Math.max(last, at);
    }
  }
  return breaks;
}
