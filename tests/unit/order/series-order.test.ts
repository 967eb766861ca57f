import { describe, expect, test } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { Link, Novel, Pack } from '../../../src/domain/pack/schema';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import type { Strategy } from '../../../src/domain/order/types';

const SOURCE = ['https://example.org/s'];

/**
 * Show A (three episodes in 2020) and show B (three in 2021); novels of the series "main" and
 * "side" as given; adapts links from novel to season.
 */
function pack(novels: (Pick<Novel, 'id' | 'published' | 'series'> & Partial<Pick<Novel, 'format'>>)[], links: [string, string][]): Pack {
  const show = (id: string, year: number) => ({
    id, title: id.toUpperCase(), network: 'Net', typicalRuntimeMin: 40,
    seasons: [{ id: `${id}-s01`, number: 1, episodes: [1, 2, 3].map((n) => ({ id: `${id}-s01e0${n}`, number: n, released: `${year}-0${n}-01` })) }],
  });
  return parsePack({
    schemaVersion: 1, id: 'p', title: 'P', dataVersion: '2026-01-01', sources: SOURCE,
    series: [{ id: 'main', title: 'Main' }, { id: 'side', title: 'Side' }], characters: [], threads: [],
    shows: [show('a', 2020), show('b', 2021)],
    novels: novels.map((novel) => ({ ...novel, title: novel.id.toUpperCase(), pages: 100 })),
    links: links.map(([from, to]): Link => ({ id: `adapts-${from}-${to}`, type: 'adapts', from, to, confidence: 'sourced', sources: SOURCE })),
  });
}
const order = (p: Pack, strategy: Strategy, seriesOrder?: string[]) =>
  buildOrder(p, { include: ['a', 'b', ...p.novels.map((novel) => novel.id)], strategy, readingGranularity: 'book', ...(seriesOrder ? { seriesOrder } : {}) });
const idsOf = (entries: ReturnType<typeof order>) => entries.map((entry) => entry.id);
const reasonOf = (entries: ReturnType<typeof order>, id: string) => entries.find((entry) => entry.id === id)?.reason;

describe('series order is a hard rule', () => {
  const firstBooks = pack(
    [
      { id: 'n1', published: '2018-01-01', series: ['main'] },
      { id: 'n2', published: '2019-01-01', series: ['main'] },
    ],
    [['n1', 'b-s01'], ['n2', 'a-s01']],
  );

  test('book first: a novel wanted before an early season pulls the earlier book of its series with it', () => {
    const entries = order(firstBooks, 'book-first');
    expect(idsOf(entries).slice(0, 3)).toEqual(['n1', 'n2', 'a-s01e01']);
    expect(reasonOf(entries, 'n1')).toBe('Read before B S1: the season draws on N1; moved up to come before N2 because the Main novels are read in order');
  });

  test('show first: the later book waits instead, so no book is read before the season that draws on it', () => {
    const entries = order(firstBooks, 'show-first');
    expect(idsOf(entries).slice(-3)).toEqual(['b-s01e03', 'n1', 'n2']);
    expect(reasonOf(entries, 'n2')).toBe('Read after A S1, which draws on N2; kept after N1 because the Main novels are read in order');
  });

  test('a book at its own date waits right behind the earlier book of its series that a link placed later', () => {
    const p = pack(
      [
        { id: 'n1', published: '2018-01-01', series: ['main'] },
        { id: 'n2', published: '2019-01-01', series: ['main'] },
      ],
      [['n1', 'b-s01']],
    );
    const entries = order(p, 'book-first');
    expect(idsOf(entries).slice(3, 6)).toEqual(['n1', 'n2', 'b-s01e01']);
    expect(reasonOf(entries, 'n2')).toBe('Published 2019-01-01; kept after N1 because the Main novels are read in order');
  });

  test('short fiction keeps its place in its series, and a reason about it says books, not novels', () => {
    const p = pack(
      [
        { id: 'n1', published: '2018-01-01', series: ['main'] },
        { id: 'c1', published: '2019-01-01', series: ['main'], format: 'collection' },
        { id: 's1', published: '2019-06-01', series: ['main'], format: 'story' },
        { id: 'n2', published: '2020-06-01', series: ['main'] },
      ],
      [['n1', 'b-s01']],
    );
    const entries = order(p, 'book-first');
    expect(idsOf(entries).filter((id) => !id.includes('-s01'))).toEqual(['n1', 'c1', 's1', 'n2']);
    expect(reasonOf(entries, 'c1')).toBe('Published 2019-01-01; kept after N1 because the Main books are read in order');
    expect(reasonOf(entries, 's1')).toBe('Published 2019-06-01; kept after C1 because the Main books are read in order');
    expect(reasonOf(entries, 'n2')).toBe('Published 2020-06-01; kept after S1 because the Main books are read in order');
  });

  test('a novel in two series respects both, and its other series waits or is pulled along', () => {
    const p = pack(
      [
        { id: 'm1', published: '2015-01-01', series: ['main'] },
        { id: 's1', published: '2016-01-01', series: ['side'] },
        { id: 'both', published: '2017-01-01', series: ['main', 'side'] },
        { id: 's2', published: '2018-01-01', series: ['side'] },
      ],
      [['m1', 'b-s01'], ['s1', 'b-s01'], ['both', 'a-s01']],
    );
    for (const strategy of ['book-first', 'helix', 'release', 'series'] as const) {
      const ids = idsOf(order(p, strategy));
      expect(ids.indexOf('m1'), strategy).toBeLessThan(ids.indexOf('both'));
      expect(ids.indexOf('s1'), strategy).toBeLessThan(ids.indexOf('both'));
      expect(ids.indexOf('both'), strategy).toBeLessThan(ids.indexOf('s2'));
    }
  });

  test('partial dates sort by the first day they cover, the more precise first', () => {
    const p = pack(
      [
        { id: 'year', published: '2002', series: ['main'] },
        { id: 'month', published: '2002-01', series: ['main'] },
        { id: 'day', published: '2002-01-01', series: ['main'] },
      ],
      [['day', 'b-s01']],
    );
    const ids = idsOf(order(p, 'show-first'));
    expect(ids.filter((id) => !id.includes('-s01'))).toEqual(['day', 'month', 'year']);
  });

  test('the series strategy reads a two-series novel with the earlier-ranked of its series', () => {
    const p = pack(
      [
        { id: 'm1', published: '2015-01-01', series: ['main'] },
        { id: 'both', published: '2017-01-01', series: ['side', 'main'] },
        { id: 's2', published: '2018-01-01', series: ['side'] },
      ],
      [],
    );
    const entries = buildOrder(p, { include: ['m1', 'both', 's2'], strategy: 'series', seriesOrder: ['main', 'side'], readingGranularity: 'book' });
    expect(idsOf(entries)).toEqual(['m1', 'both', 's2']);
    expect(reasonOf(entries, 'both')).toBe('Main novels (series 1 of 2); published 2017-01-01');
  });

  test('the series strategy pulls an earlier book of another series into the group that needs it, and says so', () => {
    const p = pack(
      [
        { id: 'm1', published: '2015-01-01', series: ['main'] },
        { id: 'both', published: '2017-01-01', series: ['side', 'main'] },
      ],
      [],
    );
    const entries = buildOrder(p, { include: ['m1', 'both'], strategy: 'series', seriesOrder: ['side', 'main'], readingGranularity: 'book' });
    expect(idsOf(entries)).toEqual(['m1', 'both']);
    expect(reasonOf(entries, 'm1')).toBe('One of the Main novels, read with the Side novels (series 1 of 2); published 2015-01-01; moved up to come before BOTH because the Main novels are read in order');
  });
});

describe('series names in reasons', () => {
  test('a series whose name starts with “The” is not given a second article', () => {
    const p = pack(
      [
        { id: 'n1', published: '2018-01-01', series: ['main'] },
        { id: 'n2', published: '2019-01-01', series: ['main'] },
      ],
      [['n1', 'b-s01'], ['n2', 'a-s01']],
    );
    const named = { ...p, series: p.series.map((series) => (series.id === 'main' ? { ...series, title: 'The Expanse' } : series)) };
    const reason = reasonOf(order(named, 'book-first'), 'n1');
    expect(reason).toContain('because The Expanse novels are read in order');
    expect(reason).not.toMatch(/the the/i);
  });
});
