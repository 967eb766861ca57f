import { describe, expect, test } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { OrderEntry, OrderSpec, ReadingEntry } from '../../../src/domain/order/types';
import { connelly } from './connelly-pack';

const everything = [...connelly.shows.map((show) => show.id), ...connelly.novels.map((novel) => novel.id)];
const order = (spec: Partial<OrderSpec>) =>
  buildOrder(connelly, { include: everything, strategy: 'helix', readingGranularity: 'segment', ...spec });
const positionOf = (entries: readonly OrderEntry[], id: string) => entries.findIndex((entry) => entry.id === id);

/** Episode ids an adapts link from the novel reaches (directly or through its season) for a chapter range. */
function linkedEpisodes(novel: string, chapters: readonly [number, number] | undefined): Set<string> {
  const ids = new Set<string>();
  for (const link of connelly.links) {
    if (link.type !== 'adapts' || link.from !== novel) continue;
    if (link.chapters && chapters && (link.chapters[1] < chapters[0] || link.chapters[0] > chapters[1])) continue;
    for (const show of connelly.shows) {
      for (const season of show.seasons) {
        for (const episode of season.episodes) if (season.id === link.to || episode.id === link.to) ids.add(episode.id);
      }
    }
  }
  return ids;
}

describe('buildOrder on the Connelly pack', () => {
  test('release order starts with The Black Echo (1992) when novels are included', () => {
    const entries = order({ strategy: 'release' });
    expect(entries[0]?.id).toBe('the-black-echo');
    expect(entries[0]?.reason).toBe('Published 1992-01-21');
  });

  test('release order without novels starts with the first Bosch episode', () => {
    expect(buildOrder(connelly, { include: ['bosch', 'ballard'], strategy: 'release', readingGranularity: 'book' })[0]?.id).toBe('bosch-s01e01');
  });

  test('book first puts City of Bones before Bosch S1E1 and says the season draws on it', () => {
    const entries = order({ strategy: 'book-first', readingGranularity: 'book' });
    expect(positionOf(entries, 'city-of-bones')).toBeLessThan(positionOf(entries, 'bosch-s01e01'));
    const cityOfBones = entries.find((entry) => entry.id === 'city-of-bones');
    expect(cityOfBones?.reason).toMatch(/^Read before Bosch S1: the season draws on City of Bones/);
  });

  test('show first never reads an adapted novel before the first season that draws on it', () => {
    const entries = order({ strategy: 'show-first', readingGranularity: 'book' });
    for (const entry of entries) {
      if (entry.kind !== 'reading') continue;
      const seasons = connelly.links.filter((link) => link.type === 'adapts' && link.from === entry.novel).map((link) => link.to);
      const lastEpisodes = seasons.map((season) => entries.findLastIndex((other) => other.kind === 'episode' && other.id.startsWith(`${season}e`))).filter((at) => at >= 0);
      if (lastEpisodes.length > 0) expect(positionOf(entries, entry.id), entry.id).toBeGreaterThan(Math.min(...lastEpisodes));
    }
    // City of Bones (Bosch S1) waits for Angels Flight, which Bosch S4 draws on, and says so.
    expect(entries.find((entry) => entry.id === 'city-of-bones')?.reason).toMatch(/^Read after Bosch S1, which draws on City of Bones .*; kept after .* because the Harry Bosch novels are read in order$/);
  });

  test('series order finishes the listed series first, in the order given', () => {
    const entries = order({ strategy: 'series', seriesOrder: ['lincoln', 'haller'], readingGranularity: 'book' });
    const firstOther = entries.findIndex((entry) => !(entry.kind === 'episode' ? entry.show === 'lincoln' : entry.kind === 'reading' && connelly.novels.find((novel) => novel.id === entry.novel)?.series[0] === 'haller'));
    expect(entries.slice(0, 40).every((entry) => entry.kind === 'episode' && entry.show === 'lincoln')).toBe(true);
    expect(entries[40]?.id).toBe('the-lincoln-lawyer');
    expect(firstOther).toBeGreaterThan(40);
  });

  test.each(['segment', { chapters: 4 }, { chapters: 1 }, { pages: 50 }, 'book'] as const)(
    'helix (%o) puts Ballard S1E1 right after Legacy S3E10, with nothing between',
    (readingGranularity) => {
      const entries = order({ readingGranularity });
      const from = positionOf(entries, 'legacy-s03e10');
      expect(positionOf(entries, 'ballard-s01e01')).toBe(from + 1);
      expect(entries[from]?.reason).toContain('leads into Ballard S1E1');
      expect(entries[from + 1]?.reason).toMatch(/^Picks up right after Bosch: Legacy S3E10/);
    },
  );

  test.each(['segment', { chapters: 4 }, { chapters: 1 }, 'book'] as const)(
    'helix (%o) puts every Desert Star block next to an episode it is linked to, or says what prevented it',
    (readingGranularity) => {
      const entries = order({ readingGranularity });
      entries.forEach((entry, i) => {
        if (entry.kind !== 'reading' || entry.novel !== 'desert-star') return;
        if (entry.reason.includes('because chapters stay in order')) return;
        // The nearest episodes on either side, past other reading placed at the same spot.
        const before = entries.slice(0, i).reverse().find((other) => other.kind === 'episode');
        const after = entries.slice(i + 1).find((other) => other.kind === 'episode');
        const linked = linkedEpisodes('desert-star', entry.chapters);
        expect([before?.id, after?.id].some((id) => id !== undefined && linked.has(id))).toBe(true);
      });
    },
  );

  test('helix spreads Desert Star over Legacy S3 and Ballard S1 in chapter order and never says it adapts', () => {
    const entries = order({ readingGranularity: { chapters: 4 } });
    const blocks = entries.filter((entry): entry is ReadingEntry => entry.kind === 'reading' && entry.novel === 'desert-star');
    expect(blocks.map((entry) => entry.chapters?.[0])).toEqual([1, 2, 3, 7, 11, 15, 19, 23, 27, 31, 35, 38, 42, 46, 50, 54]);
    for (const entry of blocks) {
      expect(entry.reason).toMatch(
        /^Paced alongside (Bosch: Legacy S3|Ballard S1)E\d+ \(.*\); (after it, so that the hand-off from Bosch: Legacy S3E10 stays unbroken; )?Desert Star is spread over both seasons in chapter order$/,
      );
      expect(entry.reason).not.toMatch(/adapts/i);
    }
    // Spread over the seasons, not piled before one episode: most episodes have a block beside them.
    expect(new Set(blocks.map((entry) => entry.reason.match(/(S3|S1)E\d+/)?.[0])).size).toBeGreaterThan(12);
  });

  test('Desert Star in story segments keeps Part 2 after Part 1, and both threads run through Part 1', () => {
    const entries = order({ readingGranularity: 'segment' });
    expect(positionOf(entries, 'desert-star#38-54')).toBeGreaterThan(positionOf(entries, 'desert-star#3-37'));
    expect(entries.find((entry) => entry.id === 'desert-star#1-1')?.threads).toEqual(['setup', 'gallagher']);
    expect(entries.find((entry) => entry.id === 'desert-star#3-37')?.threads).toEqual(['pearlman', 'gallagher']);
    expect(entries.find((entry) => entry.id === 'desert-star#38-54')?.threads).toEqual(['gallagher']);
  });

  test('no Desert Star block and no episode claims a chapter-to-episode match the data does not have', () => {
    for (const entry of order({ readingGranularity: { chapters: 1 } })) expect(entry.reason).not.toMatch(/adapts/);
  });

  test('minutes: known pages at 40 pages an hour, unknown runtimes and lengths marked approximate', () => {
    const entries = order({ strategy: 'release', readingGranularity: { pages: 48 } });
    const firstPages = entries.find((entry) => entry.id === 'the-black-ice#p1-48');
    expect(firstPages).toMatchObject({ title: 'The Black Ice, pp. 1–48', minutes: 72, approximate: false, pages: [1, 48] });
    expect(entries.find((entry) => entry.id === 'the-poet')).toMatchObject({ title: 'The Poet', minutes: 525, approximate: true });
    expect(entries.find((entry) => entry.id === 'bosch-s01e01')).toMatchObject({ minutes: 50, approximate: true });
  });

  test('untitled episodes are called "Episode N"', () => {
    expect(order({}).find((entry) => entry.id === 'ballard-s01e09')?.title).toBe('Episode 9');
  });
});
