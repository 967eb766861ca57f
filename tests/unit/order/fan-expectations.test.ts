import { describe, expect, test } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { STRATEGIES, type OrderEntry, type OrderSpec, type ReadingGranularity, type Strategy } from '../../../src/domain/order/types';
import { comparePartialDates, dateSortKey } from '../../../src/domain/pack/partial-date';
import { PRESETS } from '../fixtures/shipped-presets';
import { chapterProgressId, createProgressLookup, isEntryDone } from '../../../src/domain/progress/progress-ids';
import { decodeShare } from '../../../src/domain/share/share-codec';
import { connelly } from './connelly-pack';
import { expectHardConstraints, seriesOrderBreaks } from './order-invariants';
import { falseClaims } from './reason-claims';

/**
 * What a Connelly fan checks first in any order Helix gives them, over the shipped pack: every
 * preset with every strategy. See docs/decisions/008-series-order-and-the-braid.md.
 */
const everyPresetAndStrategy = PRESETS.flatMap((preset) =>
  STRATEGIES.map((strategy) => [preset.name, strategy, { ...preset.spec(connelly), strategy }] as const),
);
const orderOf = (spec: OrderSpec) => buildOrder(connelly, spec);
const doubleHelix = (readingGranularity: ReadingGranularity = { chapters: 4 }) =>
  orderOf({ ...(PRESETS.find((preset) => preset.id === 'double-helix')?.spec(connelly) as OrderSpec), readingGranularity });
const novelsOf = (series: string) =>
  connelly.novels.filter((novel) => novel.series.includes(series)).sort((a, b) => comparePartialDates(a.published, b.published));

describe.each(everyPresetAndStrategy)('%s, %s order', (_name, _strategy, spec) => {
  const entries = orderOf(spec);

  test('keeps every novel series in publication order, books in two series included', () => {
    expect(seriesOrderBreaks(connelly, entries)).toEqual([]);
  });

  test('has every item once, episodes and chapters in order', () => {
    expectHardConstraints(connelly, spec, entries);
  });

  test('makes no claim in any reason that the order or the data does not back', () => {
    expect(falseClaims(connelly, entries)).toEqual([]);
  });

  test('never talks about the data in a reason, full or spoiler-safe (who lists a book is a note, not a reason)', () => {
    const dataTalk = /\b(sources?|sourced|records?|recorded|guides?|listed|credited|reports?)\b/i;
    const talking = entries.filter((entry) => dataTalk.test(entry.reason) || dataTalk.test(entry.safeReason ?? ''));
    expect(talking.map((entry) => `${entry.id}: ${entry.reason}`)).toEqual([]);
  });

  test('gives every item a spoiler-safe reason that keeps the ordering logic and drops plot words', () => {
    // A case's own name ("the Gallagher family case") is premise, not plot: it may stay.
    const cases = new Set(connelly.threads.map((thread) => thread.title.toLowerCase()));
    const labels = connelly.links.flatMap((link) => (link.label && !cases.has(link.label.toLowerCase()) ? [link.label] : []));
    const segments = connelly.novels.flatMap((novel) => (novel.segments ?? []).map((segment) => segment.label));
    for (const entry of entries) {
      expect(entry.safeReason?.length ?? 0).toBeGreaterThan(0);
      for (const words of [...labels, ...segments]) expect(entry.safeReason, entry.id).not.toContain(words);
    }
  });
});

describe.each(STRATEGIES)('The Lincoln Lawyer track, %s order', (strategy: Strategy) => {
  const spec = { ...(PRESETS.find((preset) => preset.id === 'lincoln')?.spec(connelly) as OrderSpec), strategy };
  const entries = orderOf(spec);
  const books = entries.filter((entry) => entry.kind === 'reading').map((entry) => entry.id);

  test('opens with The Lincoln Lawyer (2005), and has the 2011 film right beside the book: after it, or before it in show first', () => {
    const film = entries.findIndex((entry) => entry.id === 'film-the-lincoln-lawyer');
    const novel = entries.findIndex((entry) => entry.id === 'the-lincoln-lawyer');
    if (strategy === 'show-first') {
      expect([film, novel]).toEqual([0, 1]);
      expect(entries[film]?.reason).toBe('Watched right before The Lincoln Lawyer, the novel it adapts');
    } else if (strategy === 'release') {
      expect(novel).toBe(0);
      expect(entries[film]?.reason).toBe('Released 2011-03-18');
      // by date: after the Haller novels published before 18 March 2011, before the first one after it
      const before = entries.slice(0, film).filter((entry) => entry.kind === 'reading').map((entry) => entry.released ?? '');
      const after = entries.slice(film + 1).map((entry) => entry.released ?? '');
      expect(before.every((date) => date <= '2011-03-18')).toBe(true);
      expect(after.every((date) => date > '2011-03-18')).toBe(true);
    } else {
      expect([novel, film]).toEqual([0, 1]);
      expect(entries[film]?.reason).toMatch(/(^|; )Watched right after The Lincoln Lawyer, the novel it adapts$|^.*\(series \d of \d\); watched right after The Lincoln Lawyer, the novel it adapts$/);
    }
  });

  test('reads the Mickey Haller novels in publication order', () => {
    expect(books).toEqual(novelsOf('haller').map((novel) => novel.id));
  });

  test('never shows a note about the data as a reason', () => {
    for (const entry of entries) expect(entry.reason).not.toMatch(/record|source|guide|listed/i);
  });
});

describe('Films among the novels and the episodes', () => {
  const everything = PRESETS.find((preset) => preset.id === 'everything')?.spec(connelly) as OrderSpec;
  const at = (entries: readonly OrderEntry[], id: string) => entries.findIndex((entry) => entry.id === id);

  test.each([
    ['film-blood-work', '2002-08-09'],
    ['film-the-lincoln-lawyer', '2011-03-18'],
  ])('Everything by release date puts %s at its US release, %s: everything before it came out no later, everything after it later', (id, date) => {
    const entries = orderOf(everything);
    const film = at(entries, id);
    expect(entries[film]?.kind).toBe('film');
    expect(entries[film]?.released).toBe(date);
    const day = dateSortKey(date);
    const earlier = entries.slice(0, film).filter((entry) => dateSortKey(entry.released ?? '') > day).map((entry) => entry.id);
    const later = entries.slice(film + 1).filter((entry) => dateSortKey(entry.released ?? '') <= day).map((entry) => entry.id);
    expect([earlier, later]).toEqual([[], []]);
    // Blood Work: between City of Bones (April 2002) and Chasing the Dime (October 2002)
    if (id === 'film-blood-work') expect([entries[film - 1]?.id, entries[film + 1]?.id]).toEqual(['city-of-bones', 'chasing-the-dime']);
  });

  test.each(['book-first', 'series', 'helix'] as const)('%s order watches each film right after the novel it adapts, and says so', (strategy) => {
    const entries = orderOf({ ...everything, strategy });
    for (const [film, novel, title] of [
      ['film-blood-work', 'blood-work', 'Blood Work'],
      ['film-the-lincoln-lawyer', 'the-lincoln-lawyer', 'The Lincoln Lawyer'],
    ] as const) {
      expect(at(entries, film)).toBe(at(entries, novel) + 1);
      expect(entries[at(entries, film)]?.reason).toMatch(new RegExp(`(^|; )Watched right after ${title}, the novel it adapts$`, 'i'));
    }
  });

  test('show first watches each film right before the novel it adapts, and never moves a book for it', () => {
    const entries = orderOf({ ...everything, strategy: 'show-first' });
    expect(at(entries, 'film-blood-work')).toBe(at(entries, 'blood-work') - 1);
    expect(at(entries, 'film-the-lincoln-lawyer')).toBe(at(entries, 'the-lincoln-lawyer') - 1);
    const withoutFilms = orderOf({ ...everything, strategy: 'show-first', include: everything.include.filter((id) => !id.startsWith('film-')) });
    expect(entries.filter((entry) => entry.kind !== 'film').map((entry) => entry.id)).toEqual(withoutFilms.map((entry) => entry.id));
  });

  test('a film whose novel is not in the plan keeps its release date and says the novel is missing', () => {
    const entries = orderOf({ include: ['bosch-s01', 'film-blood-work', 'city-of-bones'], strategy: 'book-first', readingGranularity: 'book' });
    // 2002, before City of Bones, which book first reads just before Bosch S1 (2014)
    expect(entries.map((entry) => entry.id).slice(0, 3)).toEqual(['film-blood-work', 'city-of-bones', 'bosch-s01e01']);
    expect(entries[0]?.reason).toBe('Released 2002-08-09; the novel it adapts, Blood Work, is not in this plan');
    expect(falseClaims(connelly, entries)).toEqual([]);
  });

  test('a film counts its sourced runtime, exactly, as a screen item', () => {
    const film = orderOf(everything).find((entry) => entry.id === 'film-the-lincoln-lawyer');
    expect(film).toMatchObject({ kind: 'film', minutes: 119, approximate: false, adapts: 'the-lincoln-lawyer', title: 'The Lincoln Lawyer' });
  });
});

describe('The Double Helix braids both shows with Desert Star', () => {
  const besideDesertStar = (entries: readonly OrderEntry[], season: string) =>
    entries.filter((entry, i) => {
      if (entry.kind !== 'episode' || !entry.id.startsWith(`${season}e`)) return false;
      return [entries[i - 1], entries[i + 1]].some((other) => other?.kind === 'reading' && other.novel === 'desert-star');
    }).length;

  test.each([{ chapters: 4 }, { chapters: 1 }, { chapters: 2 }, { chapters: 3 }, { pages: 30 }] as const)(
    'at %o, at least 8 of 10 episodes of each season sit next to a Desert Star block',
    (granularity) => {
      const entries = doubleHelix(granularity);
      expect(besideDesertStar(entries, 'legacy-s03')).toBeGreaterThanOrEqual(8);
      expect(besideDesertStar(entries, 'ballard-s01')).toBeGreaterThanOrEqual(8);
    },
  );

  test.each(['book', 'segment', { chapters: 4 }, { chapters: 1 }, { pages: 30 }] as const)(
    'at %o, Ballard S1E1 comes straight after Legacy S3E10 and says so',
    (granularity) => {
      const entries = doubleHelix(granularity);
      const handOff = entries.findIndex((entry) => entry.id === 'legacy-s03e10');
      expect(entries[handOff + 1]?.id).toBe('ballard-s01e01');
      expect(entries[handOff + 1]?.reason).toMatch(/^Picks up right after Bosch: Legacy S3E10/);
    },
  );

  test('reads the chapters in order and reads some of the book beside each season', () => {
    const entries = doubleHelix();
    const chapters = entries.flatMap((entry) => (entry.kind === 'reading' && entry.chapters ? [entry.chapters] : []));
    expect(chapters.map(([from]) => from)).toEqual([...chapters.map(([from]) => from)].sort((a, b) => a - b));
    const handOff = entries.findIndex((entry) => entry.id === 'ballard-s01e01');
    expect(entries.slice(0, handOff).filter((entry) => entry.kind === 'reading').length).toBeGreaterThan(3);
    expect(entries.slice(handOff).filter((entry) => entry.kind === 'reading').length).toBeGreaterThan(3);
  });

  test('claims no chapter-to-episode match: every block is paced, none adapts', () => {
    for (const entry of doubleHelix({ chapters: 1 })) {
      expect(entry.reason).not.toMatch(/adapts/);
      if (entry.kind === 'reading') expect(entry.reason).toMatch(/^Paced alongside (Bosch: Legacy S3|Ballard S1)E\d+/);
    }
  });

  test('says which case each episode carries on screen, and leaves Legacy S3E10 out of the Gallagher case', () => {
    const entries = doubleHelix();
    const reasonOf = (id: string) => entries.find((entry) => entry.id === id)?.reason ?? '';
    expect(reasonOf('legacy-s03e02')).toMatch(/^On screen: the Gallagher family case/);
    expect(reasonOf('legacy-s03e04')).toMatch(/^On screen: likely the Gallagher family case/);
    expect(reasonOf('ballard-s01e05')).toMatch(/^On screen: the Sarah Pearlman case/);
    expect(reasonOf('legacy-s03e10')).not.toMatch(/Gallagher/);
    expect(entries.find((entry) => entry.id === 'legacy-s03e10')?.threads).toEqual([]);
  });

  test('tells every episode what to read next', () => {
    const entries = doubleHelix();
    const lastBlock = entries.findLastIndex((entry) => entry.kind === 'reading');
    for (const entry of entries.slice(0, lastBlock)) {
      if (entry.kind === 'episode') expect(entry.reason, entry.id).toMatch(/read Desert Star, ch\. \d+(–\d+)? next|next reading: Desert Star/);
    }
  });

  test('marks every block as spread over Legacy S3 and Ballard S1, for the note at the top of the plan', () => {
    for (const entry of doubleHelix()) {
      if (entry.kind === 'reading') expect(entry.spreadOver).toEqual(['legacy-s03', 'ballard-s01']);
    }
  });
});

describe('plans made before this change still open', () => {
  test('the frozen Double Helix share link still decodes and orders every chapter of Desert Star', () => {
    const result = decodeShare('1.rAAwBu7szEFRoZSBEb3VibGUgSGVsaXjmuDMDBAIDAjIBAwIHCA.zYTY', {
      packId: connelly.id,
      dataVersion: connelly.dataVersion,
      ids: [],
    });
    expect(result.ok).toBe(true);
    const entries = result.ok ? orderOf(result.payload.spec) : [];
    const covered = entries.flatMap((entry) => (entry.kind === 'reading' && entry.chapters ? [entry.chapters[1] - entry.chapters[0] + 1] : []));
    expect(covered.reduce((sum, n) => sum + n, 0)).toBe(54);
  });

  test('chapter progress saved as desert-star#chN still marks the same chapters done in the new order', () => {
    const done = createProgressLookup(new Set(Array.from({ length: 12 }, (_, i) => chapterProgressId('desert-star', i + 1))));
    const doneBlocks = doubleHelix().filter((entry) => entry.kind === 'reading' && isEntryDone(entry, done));
    expect(doneBlocks.map((entry) => entry.id)).toEqual(['desert-star#1-1', 'desert-star#2-2', 'desert-star#3-6', 'desert-star#7-10']);
  });
});
