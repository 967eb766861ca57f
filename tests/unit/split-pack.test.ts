import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authoredPacks, generatePackFiles, generatePackSummaries } from '../../scripts/lib/pack-files-plugin.mjs';
import { PackError } from '../../src/domain/pack/pack-error';
import { parseAndIndexPack, parseAndIndexPackCore, parsePack } from '../../src/domain/pack/parse-pack';
import { DETAIL_KEYS, joinPack, missingDetails, packDetailsSchema, splitPack } from '../../src/domain/pack/split-pack';
import type { Pack } from '../../src/domain/pack/schema';
import { DEFAULT_PACK_ID, SHIPPED_PACKS } from '../../src/data/pack-registry';
import { DEFAULT_PACK } from '../../vite.config';
import { tinyPack } from './fixtures/tiny-pack';
import { withFilm } from './fixtures/with-film';

const shipped = (): unknown => JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8'));

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysIn(item, into));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      into.add(key);
      keysIn(child, into);
    }
  }
  return into;
}

const joined = (core: unknown, details: unknown) => {
  const result = joinPack(parseAndIndexPackCore(core).pack, packDetailsSchema.parse(details));
  if ('problems' in result) throw new Error(result.problems.join('; '));
  return result.pack;
};

describe('the pack split into a core file and a details file', () => {
  it('puts the shipped pack back together exactly from its two files', () => {
    const pack = parsePack(shipped());
    const { core, details } = splitPack(pack);
    expect(joined(core, details)).toEqual(pack);
    expect(parsePack(joined(core, details))).toEqual(pack);
  });

  it('leaves every source and long note out of the core, which the app still accepts as a pack', () => {
    const { core } = splitPack(parsePack(shipped()));
    const keys = keysIn(core);
    for (const key of DETAIL_KEYS) expect(keys.has(key)).toBe(false);
    expect(parseAndIndexPackCore(core).pack.novels.length).toBe(parsePack(shipped()).novels.length);
  });

  it('makes the first download small: the core is under a third of the whole pack', () => {
    const whole = JSON.stringify(parsePack(shipped())).length;
    const { core } = splitPack(parsePack(shipped()));
    expect(JSON.stringify(core).length).toBeLessThan(whole / 3);
  });

  it('tells a series from a show with the same id (both "ballard" in the shipped pack)', () => {
    const pack = tinyPack();
    pack.series.push({ id: 'legacy', title: 'Legacy' });
    const withNote = { ...pack, novels: pack.novels.map((n, i) => (i === 0 ? { ...n, notes: 'A note.' } : n)) } as Pack;
    expect(joined(splitPack(withNote).core, splitPack(withNote).details)).toEqual(withNote);
  });

  it('refuses details of another pack or data version', () => {
    const { core, details } = splitPack(tinyPack());
    const parsedCore = parseAndIndexPackCore(core).pack;
    expect(joinPack(parsedCore, { ...details, dataVersion: '2020-01-01' })).toEqual({
      problems: ['the details are for tiny 2020-01-01, not tiny 2026-11-26'],
    });
    expect(joinPack(parsedCore, { ...details, id: 'other' })).toEqual({ problems: ['the details are for other 2026-11-26, not tiny 2026-11-26'] });
  });

  it('refuses details that name a record the pack does not have, even one called "constructor"', () => {
    const { core, details } = splitPack(tinyPack());
    const odd = { ...details, records: [...details.records, ['constructor', { sources: ['https://example.org/x'] }] as const] };
    expect(joinPack(parseAndIndexPackCore(core).pack, odd)).toEqual({ problems: ['the details name a record the pack does not have: "constructor"'] });
  });

  it('refuses, as the authored pack, a link whose sources went missing', () => {
    const pack = tinyPack();
    delete pack.links[0]!.sources;
    expect(missingDetails(pack)).toEqual(['links[0].sources: a link needs at least one source']);
    expect(() => parsePack(pack)).toThrow(PackError);
    expect(() => parseAndIndexPackCore(pack)).not.toThrow();
  });

  it('names every missing required source: the pack list, films, announced shows and episode threads', () => {
    const pack = tinyPack();
    delete pack.sources;
    pack.announcedShows = [{ id: 'prequel', title: 'A prequel', network: 'MGM+', announcedOn: '2025-10' }];
    pack.shows[0]!.seasons[0]!.episodes[0]!.threads = [{ thread: 'gallagher', confidence: 'inferred' }];
    withFilm(pack);
    delete pack.films![0]!.sources;
    expect(missingDetails(pack)).toEqual([
      'sources: is required (array)',
      'films[0].sources: a film needs at least one source',
      'announcedShows[0].sources: an announced show needs at least one source',
      'shows[0].seasons[0].episodes[0].threads[0].sources: an episode thread needs at least one source',
    ]);
  });
});

describe('the generated pack files (built into dist/data by the Vite plugin)', () => {
  /** Every authored pack in public/data (Connelly, The Expanse, …), parsed. */
  const authored = () => SHIPPED_PACKS.map(({ file }) => parsePack(JSON.parse(readFileSync(join('public/data', file), 'utf8'))));

  it('come from exactly the packs the registry lists: the registry itself and any other file there are not packs', () => {
    expect(readdirSync('public/data')).toContain('packs.json');
    expect(authoredPacks('public/data')).toEqual(SHIPPED_PACKS.map(({ id, file }) => ({ id, file })));
    expect(authoredPacks('public/data').map(({ file }) => file)).not.toContain('packs.json');
  });

  it('are each shipped pack split, named by its id', async () => {
    const files = await generatePackFiles('public/data');
    const packs = authored();
    expect(packs.map((pack) => pack.id)).toContain('connelly');
    expect([...files.keys()].sort()).toEqual(packs.flatMap((pack) => [`data/${pack.id}.core.json`, `data/${pack.id}.details.json`]).sort());
    for (const pack of packs) {
      const { core, details } = splitPack(pack);
      expect(JSON.parse(files.get(`data/${pack.id}.core.json`) ?? '')).toEqual(core);
      expect(JSON.parse(files.get(`data/${pack.id}.details.json`) ?? '')).toEqual(details);
    }
  });

  it('give Home the words, counts and preset cards of each shipped pack, which it shows before the pack is in', async () => {
    const expected = Object.fromEntries(
      authored().map((pack) => {
        const index = parseAndIndexPack(pack);
        const { manifest } = index;
        return [
          pack.id,
          {
            title: manifest.title,
            tagline: manifest.tagline,
            intro: manifest.intro,
            shows: pack.shows.length,
            episodes: index.episodes.size,
            films: pack.films?.length ?? 0,
            novels: pack.novels.filter((novel) => (novel.format ?? 'novel') === 'novel').length,
            shortFiction: pack.novels.filter((novel) => (novel.format ?? 'novel') !== 'novel').length,
            presets: manifest.presets.map((preset) => ({ id: preset.id, name: preset.name, blurb: preset.blurb, featured: preset.featured === true })),
          },
        ];
      }),
    );
    const summaries = await generatePackSummaries('public/data');
    expect(summaries).toEqual(expected);
    expect(Object.keys(summaries).sort()).toEqual(['connelly', 'expanse']);
    expect(expected['connelly']?.episodes).toBe(parseAndIndexPack(shipped()).episodes.size);
    expect([expected['connelly']?.novels, expected['connelly']?.shortFiction]).toEqual([43, 3]);
    expect(expected['expanse']?.tagline).toBe((JSON.parse(readFileSync('public/data/expanse.json', 'utf8')) as Pack).manifest?.tagline);
  });

  it('preload the core of the pack the app opens', () => {
    expect(DEFAULT_PACK).toBe(DEFAULT_PACK_ID);
  });
});
