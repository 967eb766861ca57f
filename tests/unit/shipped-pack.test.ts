import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { indexPack } from '../../src/domain/pack/pack-index';
import type { Pack } from '../../src/domain/pack/schema';

// The shipped pack is read from disk, as the app would fetch it, so a hand edit that breaks it fails here.
const raw: unknown = JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8'));

function shipped(): Pack {
  return parsePack(raw);
}

function show(pack: Pack, id: string) {
  const found = pack.shows.find((s) => s.id === id);
  if (!found) throw new Error(`no show ${id}`);
  return found;
}

const released = (pack: Pack, id: string) =>
  show(pack, id).seasons.filter((s) => !s.announced).flatMap((s) => s.episodes);

describe('the shipped Connelly pack', () => {
  it('passes the schema and the integrity checks', () => {
    expect(() => shipped()).not.toThrow();
  });

  it('has 7 seasons and 68 episodes of Bosch', () => {
    const bosch = show(shipped(), 'bosch');
    expect(bosch.seasons).toHaveLength(7);
    expect(bosch.seasons.flatMap((s) => s.episodes)).toHaveLength(68);
  });

  it('has three seasons of ten episodes of Bosch: Legacy', () => {
    expect(show(shipped(), 'legacy').seasons.map((s) => s.episodes.length)).toEqual([10, 10, 10]);
  });

  it('has ten episodes in Ballard season 1 and an announced, empty season 2', () => {
    const seasons = show(shipped(), 'ballard').seasons;
    expect(seasons[0]?.episodes).toHaveLength(10);
    expect(seasons[1]).toMatchObject({ id: 'ballard-s02', announced: true, episodes: [] });
  });

  it('has 40 released episodes of The Lincoln Lawyer', () => {
    expect(released(shipped(), 'lincoln')).toHaveLength(40);
  });

  it('has all 43 novels, plus one short story and two story collections', () => {
    const books = shipped().novels;
    expect(books.filter((n) => (n.format ?? 'novel') === 'novel')).toHaveLength(43);
    expect(books.filter((n) => n.format === 'story').map((n) => n.id)).toEqual(['switchblade']);
    expect(books.filter((n) => n.format === 'collection').map((n) => n.id)).toEqual(['suicide-run', 'angle-of-investigation']);
  });

  it('lists Bosch: Start of Watch as an announced MGM+ show with no episodes to plan', () => {
    const pack = shipped();
    expect(pack.announcedShows?.map((s) => [s.id, s.network, s.announcedOn])).toEqual([['start-of-watch', 'MGM+', '2025-10-15']]);
    expect(pack.shows.map((s) => s.id)).not.toContain('start-of-watch');
  });

  it('gives every shown streaming link and ISBN without tracking parameters', () => {
    const pack = shipped();
    const watchUrls = [...pack.shows, ...(pack.announcedShows ?? [])].flatMap((s) => (s.watch ? [s.watch.url] : []));
    expect(watchUrls).toHaveLength(5);
    expect(watchUrls.filter((u) => /[?#]/.test(u))).toEqual([]);
    expect(pack.novels.filter((n) => n.isbn13).length).toBe(9);
  });

  it('counts 127 high, 17 medium and 4 unknown episode titles', () => {
    const episodes = shipped().shows.flatMap((s) => s.seasons.flatMap((season) => season.episodes));
    const count = (c: string) => episodes.filter((e) => e.titleConfidence === c).length;
    expect([count('high'), count('medium'), count('unknown')]).toEqual([127, 17, 4]);
  });

  it('keeps the Bosch S4 ↔ The Last Coyote link only as unverified', () => {
    expect(shipped().links.find((l) => l.id === 'adapts-the-last-coyote-bosch-s04')?.confidence).toBe('unverified');
  });

  it('splits Desert Star into Gallagher and Pearlman segments inside its 54 chapters', () => {
    const desertStar = shipped().novels.find((n) => n.id === 'desert-star');
    const threads = new Set(desertStar?.segments?.map((s) => s.thread));
    expect(threads.has('gallagher')).toBe(true);
    expect(threads.has('pearlman')).toBe(true);
    expect(desertStar?.chapters).toBe(54);
    expect(desertStar?.chaptersConfidence).toBe('unverified');
  });

  it('links the Bosch: Legacy finale into the first Ballard episode', () => {
    const link = shipped().links.find((l) => l.type === 'leads-into' && l.from === 'legacy-s03e10');
    expect(link).toMatchObject({ to: 'ballard-s01e01', confidence: 'sourced' });
  });

  it('leaves out the four episode titles no source gives', () => {
    const episodes = indexPack(shipped()).episodes;
    for (const id of ['ballard-s01e09', 'lincoln-s03e03', 'lincoln-s04e05', 'lincoln-s04e06']) {
      const episode = episodes.get(id)?.episode;
      expect(episode, id).toBeDefined();
      expect(episode?.title, id).toBeUndefined();
      expect(episode?.titleConfidence, id).toBe('unknown');
    }
  });

  it('gives no title to any episode whose title is marked unknown', () => {
    const unknown = shipped()
      .shows.flatMap((s) => s.seasons.flatMap((season) => season.episodes))
      .filter((e) => e.titleConfidence === 'unknown');
    expect(unknown).toHaveLength(4);
    expect(unknown.filter((e) => e.title !== undefined)).toEqual([]);
  });

  it('keeps the censored Legacy S3E5 title as printed', () => {
    expect(indexPack(shipped()).episodes.get('legacy-s03e05')?.episode.title).toBe('F***ing Politics');
  });

  it('cites at least one source for every link', () => {
    expect(shipped().links.filter((l) => (l.sources ?? []).length === 0)).toEqual([]);
  });

  it('links Desert Star to the seasons by part only: no source matches a chapter to an episode', () => {
    const ranges = shipped()
      .links.filter((l) => l.from === 'desert-star' && l.chapters)
      .map((l) => `${l.chapters?.join('-')}>${l.to}`);
    expect(ranges.sort()).toEqual(['3-37>ballard-s01', '38-54>legacy-s03']);
  });

  it('runs both Desert Star cases through Part 1: Gallagher from chapter 1, Pearlman from chapter 2', () => {
    const segments = shipped().novels.find((n) => n.id === 'desert-star')?.segments ?? [];
    const carries = (chapter: number, thread: string) =>
      segments.some((s) => s.chapters[0] <= chapter && chapter <= s.chapters[1] && (s.thread === thread || s.woven?.includes(thread)));
    for (const chapter of [1, 3, 20, 37, 38, 54]) expect(carries(chapter, 'gallagher'), `ch. ${chapter}`).toBe(true);
    for (const chapter of [2, 3, 20, 37]) expect(carries(chapter, 'pearlman'), `ch. ${chapter}`).toBe(true);
    expect(carries(38, 'pearlman')).toBe(false);
  });

  it('tags the case each Legacy S3 and Ballard S1 episode carries, with its confidence, and leaves the unknown ones untagged', () => {
    const tags = new Map(
      shipped().shows.flatMap((s) => s.seasons.flatMap((season) => season.episodes)).map((e) => [e.id, (e.threads ?? []).map((t) => `${t.thread}:${t.confidence}`).join()]),
    );
    const legacy = Array.from({ length: 10 }, (_, i) => tags.get(`legacy-s03e${String(i + 1).padStart(2, '0')}`));
    expect(legacy).toEqual(['', 'gallagher:sourced', 'gallagher:sourced', 'gallagher:inferred', 'gallagher:sourced', 'gallagher:sourced', '', '', 'gallagher:sourced', '']);
    const ballard = Array.from({ length: 10 }, (_, i) => tags.get(`ballard-s01e${String(i + 1).padStart(2, '0')}`));
    expect(ballard).toEqual([...Array(8).fill('pearlman:sourced'), 'pearlman:inferred', 'pearlman:sourced']);
  });

  it('does not claim the Netflix series adapts The Lincoln Lawyer: its one adaptation is the 2011 film', () => {
    expect(shipped().links.filter((l) => l.from === 'the-lincoln-lawyer' && l.type === 'adapts').map((l) => l.to)).toEqual(['film-the-lincoln-lawyer']);
  });

  it('has both films with their US release dates, runtimes and the novels they adapt', () => {
    const pack = shipped();
    const films = (pack.films ?? []).map((film) => [film.id, film.title, film.released, film.runtimeMin, film.distributor]);
    expect(films).toEqual([
      ['film-blood-work', 'Blood Work', '2002-08-09', 110, 'Warner Bros. Pictures'],
      ['film-the-lincoln-lawyer', 'The Lincoln Lawyer', '2011-03-18', 119, 'Lionsgate'],
    ]);
    const adapted = pack.links.filter((l) => l.type === 'adapts' && l.to.startsWith('film-')).map((l) => [l.from, l.to, l.confidence]);
    expect(adapted).toEqual([
      ['blood-work', 'film-blood-work', 'sourced'],
      ['the-lincoln-lawyer', 'film-the-lincoln-lawyer', 'sourced'],
    ]);
  });

  it('lists every cited URL in the pack-level sources', () => {
    const pack = shipped();
    const cited = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (key === 'sources' && value !== pack) (v as string[]).forEach((u) => cited.add(u));
          else collect(v);
        }
      }
    };
    collect(pack);
    const listed = pack.sources ?? [];
    expect([...cited].filter((u) => !listed.includes(u))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });
});
