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

  test('show first puts City of Bones after the last episode of Bosch S1', () => {
    const entries = order({ strategy: 'show-first', readingGranularity: 'book' });
    expect(positionOf(entries, 'city-of-bones')).toBeGreaterThan(positionOf(entries, 'bosch-s01e10'));
    expect(positionOf(entries, 'city-of-bones')).toBeLessThan(positionOf(entries, 'bosch-s02e01'));
  });

  test('series order finishes the listed series first, in the order given', () => {
    const entries = order({ strategy: 'series', seriesOrder: ['lincoln', 'haller'], readingGranularity: 'book' });
    const firstOther = entries.findIndex((entry) => !(entry.kind === 'episode' ? entry.show === 'lincoln' : connelly.novels.find((novel) => novel.id === entry.novel)?.series[0] === 'haller'));
    expect(entries.slice(0, 40).every((entry) => entry.kind === 'episode' && entry.show === 'lincoln')).toBe(true);
    expect(entries[40]?.id).toBe('the-lincoln-lawyer');
    expect(firstOther).toBeGreaterThan(40);
  });

  test.each(['segment', { chapters: 4 }, { chapters: 1 }, { pages: 50 }, 'book'] as const)(
    'helix (%o) puts Ballard S1E1 right after Legacy S3E10, with only reading for Ballard S1 between',
    (readingGranularity) => {
      const entries = order({ readingGranularity });
      const from = positionOf(entries, 'legacy-s03e10');
      const to = positionOf(entries, 'ballard-s01e01');
      expect(to).toBeGreaterThan(from);
      for (const entry of entries.slice(from + 1, to)) {
        expect(entry.kind).toBe('reading');
        expect(linkedEpisodes((entry as ReadingEntry).novel, undefined).has('ballard-s01e01')).toBe(true);
      }
      expect(entries[from]?.reason).toContain('leads into Ballard S1E1');
      expect(entries[to]?.reason).toContain('Picks up right after Bosch: Legacy S3E10');
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

  test('helix paces a chapter range linked to a whole season and never says it adapts', () => {
    const entries = order({ readingGranularity: { chapters: 4 } });
    const inPartOne = entries.filter(
      (entry): entry is ReadingEntry => entry.kind === 'reading' && entry.novel === 'desert-star' && !!entry.chapters && entry.chapters[0] >= 3 && entry.chapters[1] <= 37,
    );
    expect(inPartOne.length).toBeGreaterThan(5);
    for (const entry of inPartOne) {
      expect(entry.reason).toMatch(/^Paced alongside Ballard S1E\d+ \(Part 1/);
      expect(entry.reason).not.toMatch(/adapts/i);
    }
    // Spread over the season, not piled before one episode.
    expect(new Set(inPartOne.map((entry) => entry.reason.match(/S1E\d+/)?.[0])).size).toBeGreaterThan(5);
  });

  test('helix says an episode-level chapter link adapts those chapters', () => {
    const entries = order({ readingGranularity: { chapters: 2 } });
    // Blocks never straddle a story segment, so the two-chapter opening is cut at the setup/Pearlman boundary.
    const opening = entries.find((entry) => entry.id === 'desert-star#1-1');
    expect(opening?.reason).toMatch(/^Read before Ballard S1E1, which adapts Desert Star ch\. 1–2 \(/);
    const between = entries.slice(positionOf(entries, 'desert-star#1-1') + 1, positionOf(entries, 'ballard-s01e01'));
    expect(between.every((entry) => entry.kind === 'reading' && entry.novel === 'desert-star')).toBe(true);
    expect(entries.find((entry) => entry.id === 'ballard-s01e01')?.reason).toContain('adapts Desert Star ch. 1–2');
  });

  test('Desert Star Part 2, linked to the earlier Legacy S3, stays after Part 1 and says why', () => {
    const entries = order({ readingGranularity: 'segment' });
    const partTwo = entries.find((entry) => entry.id === 'desert-star#38-54');
    expect(positionOf(entries, 'desert-star#38-54')).toBeGreaterThan(positionOf(entries, 'desert-star#3-37'));
    expect(partTwo?.reason).toContain('kept after ch. 3–37 because chapters stay in order');
    expect(partTwo?.threads).toEqual(['gallagher']);
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
