import type { Link, Novel, Pack, Show } from '../src/domain/pack/schema';

/**
 * A large deterministic pack for benchmarks: `shows` × `seasons` × `episodes` episodes and
 * `novels` novels of `chapters` chapters, with `adapts` chapter-level links (to seasons and
 * episodes) and `leadIns` leads-into links between shows, some of them forming loops.
 */
export function syntheticPack(size: { shows: number; seasons: number; episodes: number; novels: number; chapters: number; adapts: number; leadIns: number }): Pack {
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const date = (dayOffset: number) => new Date(Date.UTC(1990, 0, 1) + dayOffset * 86_400_000).toISOString().slice(0, 10);
  const source = ['https://example.org/s'];

  const shows: Show[] = Array.from({ length: size.shows }, (_, s) => ({
    id: `show${s}`,
    title: `Show ${s}`,
    network: 'Net',
    typicalRuntimeMin: 45,
    seasons: Array.from({ length: size.seasons }, (_, n) => ({
      id: `show${s}-s${n + 1}`,
      number: n + 1,
      episodes: Array.from({ length: size.episodes }, (_, e) => ({
        id: `show${s}-s${n + 1}e${e + 1}`,
        number: e + 1,
        title: `Episode ${e + 1}`,
        released: date(s * 50 + n * 400 + e * 7),
      })),
    })),
  }));
  const novels: Novel[] = Array.from({ length: size.novels }, (_, i) => ({
    id: `novel${i}`,
    title: `Novel ${i}`,
    published: date(i * 37),
    series: ['main'],
    pages: 300 + (i % 200),
    chapters: size.chapters,
    segments: [
      { chapters: [1, Math.floor(size.chapters / 2)], thread: 'alpha', label: 'first half', confidence: 'inferred' },
      { chapters: [Math.floor(size.chapters / 2) + 1, size.chapters], thread: 'beta', label: 'second half', confidence: 'inferred' },
    ],
  }));
  const seasons = shows.flatMap((show) => show.seasons.map((season) => season.id));
  const episodes = shows.flatMap((show) => show.seasons.flatMap((season) => season.episodes.map((episode) => episode.id)));
  const links: Link[] = [];
  for (let i = 0; i < size.adapts; i++) {
    const from = pick(novels);
    const a = 1 + Math.floor(random() * size.chapters);
    const b = Math.min(size.chapters, a + Math.floor(random() * 10));
    links.push({ id: `adapts${i}`, type: 'adapts', from: from.id, to: random() < 0.5 ? pick(seasons) : pick(episodes), chapters: [a, b], thread: 'alpha', label: `part ${i}`, confidence: 'inferred', sources: source });
  }
  for (let i = 0; i < size.leadIns; i++) {
    links.push({ id: `lead${i}`, type: 'leads-into', from: pick(episodes), to: pick(episodes), confidence: 'inferred', sources: source });
  }
  return {
    schemaVersion: 1,
    id: 'synthetic',
    title: 'Synthetic',
    dataVersion: '2026-01-01',
    sources: source,
    series: [{ id: 'main', title: 'Main' }],
    characters: [],
    threads: [
      { id: 'alpha', title: 'Alpha', color: '#112233' },
      { id: 'beta', title: 'Beta', color: '#445566' },
    ],
    shows,
    novels,
    links,
  };
}
