import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import families from '../../../src/domain/pack/quality/source-families.json';
import { runDataCheck } from '../../../src/domain/pack/quality/run-data-check';
import { familyLookup, independentCount } from '../../../src/domain/pack/quality/source-families';
import { buildOrder } from '../../../src/domain/order/build-order';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import { comparePartialDates } from '../../../src/domain/pack/partial-date';
import type { Pack } from '../../../src/domain/pack/schema';

// The second universe, read from disk as the app would fetch it (docs/expanse-sources.md says what each fact rests on).
const raw: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public/data/expanse.json'), 'utf8'));
const pack = (): Pack => parsePack(raw);
const expanse = () => {
  const show = pack().shows.find((s) => s.id === 'expanse');
  if (!show) throw new Error('no show expanse');
  return show;
};
const episodes = () => expanse().seasons.flatMap((season) => season.episodes.map((episode) => ({ season: season.number, ...episode })));

/** Novel ids an adapts link ties to each episode of a season (a season-level link counts for every episode). */
function booksPerEpisode(seasonNumber: number): string[][] {
  const p = pack();
  const season = expanse().seasons.find((s) => s.number === seasonNumber);
  if (!season) throw new Error(`no season ${seasonNumber}`);
  return season.episodes.map((episode) =>
    p.links
      .filter((link) => link.type === 'adapts' && (link.to === episode.id || link.to === season.id))
      .map((link) => link.from)
      .sort(),
  );
}

describe('the shipped Expanse pack', () => {
  it('parses and passes the schema, integrity and confidence rules', () => {
    expect(runDataCheck(raw, families.families).problems).toEqual([]);
  });

  it('lists the nine novels in publication order with the years a fan knows', () => {
    const novels = pack()
      .novels.filter((n) => n.format === undefined)
      .map((n) => [n.title, n.published.slice(0, 4)]);
    expect(novels).toEqual([
      ['Leviathan Wakes', '2011'],
      ["Caliban's War", '2012'],
      ["Abaddon's Gate", '2013'],
      ['Cibola Burn', '2014'],
      ['Nemesis Games', '2015'],
      ["Babylon's Ashes", '2016'],
      ['Persepolis Rising', '2017'],
      ["Tiamat's Wrath", '2019'],
      ['Leviathan Falls', '2021'],
    ]);
  });

  it('keeps the short fiction as stories and Memory’s Legion as the collection, all in publication order', () => {
    const books = pack().novels;
    const sorted = [...books].sort((a, b) => comparePartialDates(a.published, b.published));
    expect(books.map((b) => b.id)).toEqual(sorted.map((b) => b.id));
    expect(books.filter((b) => b.format === 'story').map((b) => b.title)).toEqual([
      'The Butcher of Anderson Station',
      'Gods of Risk',
      'The Churn',
      'The Vital Abyss',
      'Strange Dogs',
      'Auberon',
      'The Sins of Our Fathers',
    ]);
    expect(books.filter((b) => b.format === 'collection').map((b) => [b.title, b.published])).toEqual([["Memory's Legion", '2022-03-15']]);
  });

  it('has six seasons and 62 episodes, Syfy until 2018 and Prime Video from 2019', () => {
    const seasons = expanse().seasons;
    expect(seasons.map((s) => s.episodes.length)).toEqual([10, 13, 13, 10, 10, 6]);
    expect(episodes()).toHaveLength(62);
    expect(seasons.map((s) => s.premiere)).toEqual(['2015-12-14', '2017-02-01', '2018-04-11', '2019-12-13', '2020-12-16', '2021-12-10']);
    expect(expanse().network).toBe('Syfy (seasons 1–3), Prime Video (seasons 4–6)');
  });

  it('names every episode and dates it, each title backed by two independent sources or the network', () => {
    const lookup = familyLookup(families.families);
    for (const episode of episodes()) {
      expect(episode.title, episode.id).toBeDefined();
      expect(episode.released, episode.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(episode.titleConfidence, episode.id).toBe('high');
      const sources = episode.sources ?? [];
      expect(independentCount(lookup, sources) >= 2 || sources.some((u) => lookup.isAuthoritative(u)), episode.id).toBe(true);
    }
  });

  it('ends every season with an episode named after the book that season finishes', () => {
    const finales = expanse().seasons.map((s) => s.episodes.at(-1)?.title);
    expect(finales).toEqual(['Leviathan Wakes', "Caliban's War", "Abaddon's Gate", 'Cibola Burn', 'Nemesis Games', "Babylon's Ashes"]);
  });

  it('opens with Dulcinea and Reload is season 3 episode 4', () => {
    const all = episodes();
    expect(all[0]).toMatchObject({ id: 'expanse-s01e01', title: 'Dulcinea', released: '2015-12-14' });
    expect(all.find((e) => e.id === 'expanse-s03e04')?.title).toBe('Reload');
  });

  it('ties season 1 to Leviathan Wakes, and each season 2 episode to the half of a book it tells', () => {
    expect(booksPerEpisode(1)).toEqual(Array(10).fill(['leviathan-wakes']));
    expect(booksPerEpisode(2)).toEqual([...Array(5).fill(['leviathan-wakes']), ...Array(8).fill(['calibans-war'])]);
  });

  it('splits season 3 between the end of Caliban’s War (episodes 1–6) and Abaddon’s Gate (7–13)', () => {
    expect(booksPerEpisode(3)).toEqual([...Array(6).fill(['calibans-war']), ...Array(7).fill(['abaddons-gate'])]);
  });

  it('ties seasons 4 to 6 to Cibola Burn, Nemesis Games and Babylon’s Ashes, and the last to the Laconia novella', () => {
    expect(booksPerEpisode(4)).toEqual(Array(10).fill(['cibola-burn']));
    expect(booksPerEpisode(5)).toEqual(Array(10).fill(['nemesis-games']));
    expect(booksPerEpisode(6)).toEqual(Array(6).fill(['babylons-ashes', 'strange-dogs']));
  });

  it('marks as inferred only the links its sources disagree on or name once, and links nothing to the three books the show never reached', () => {
    const inferred = pack()
      .links.filter((l) => l.confidence === 'inferred')
      .map((l) => l.to);
    expect(inferred).toEqual([...Array.from({ length: 13 }, (_, i) => `expanse-s02e${String(i + 1).padStart(2, '0')}`), 'expanse-s06']);
    const unadapted = ['persepolis-rising', 'tiamats-wrath', 'leviathan-falls'];
    expect(pack().links.filter((l) => unadapted.includes(l.from))).toEqual([]);
  });

  it('makes the helix read each book just before the episode that starts telling it', () => {
    const p = pack();
    const include = ['expanse', ...p.novels.map((n) => n.id)];
    const ids = buildOrder(p, { include, strategy: 'helix', readingGranularity: 'book' }).map((entry) => entry.id);
    const nextEpisode = (book: string) => ids.slice(ids.indexOf(book)).find((id) => id.startsWith('expanse-s'));
    expect(nextEpisode('leviathan-wakes')).toBe('expanse-s01e01');
    expect(nextEpisode('calibans-war')).toBe('expanse-s02e06');
    expect(nextEpisode('abaddons-gate')).toBe('expanse-s03e07');
    expect(nextEpisode('cibola-burn')).toBe('expanse-s04e01');
    expect(nextEpisode('nemesis-games')).toBe('expanse-s05e01');
    expect(nextEpisode('babylons-ashes')).toBe('expanse-s06e01');
    expect(ids.indexOf('calibans-war')).toBeGreaterThan(ids.indexOf('expanse-s02e05'));
  });

  it('counts the Expanse wiki’s old and new addresses as one source, and Syfy and Amazon’s press site as the networks speaking', () => {
    const lookup = familyLookup(families.families);
    expect(independentCount(lookup, ['http://expanse.wikia.com/wiki/Dulcinea', 'https://expanse.fandom.com/wiki/Season_1'])).toBe(1);
    expect(lookup.isAuthoritative('https://www.syfy.com/the-expanse/season-2/blogs/episode-recap-paradigm-shift')).toBe(true);
    expect(lookup.isAuthoritative('https://press.amazonstudios.com/us/en/original-series/the-expanse/4')).toBe(true);
    expect(lookup.isAuthoritative('https://themindreels.com/2022/11/09/the-expanse-2017-safe-and-doors-corners/')).toBe(false);
  });
});
