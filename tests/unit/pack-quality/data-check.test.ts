import { describe, expect, it } from 'vitest';
import families from '../../../src/domain/pack/quality/source-families.json';
import { runDataCheck } from '../../../src/domain/pack/quality/run-data-check';
import { familyLookup, hostOf, independentCount } from '../../../src/domain/pack/quality/source-families';
import type { Pack } from '../../../src/domain/pack/schema';
import { tinyPack } from '../fixtures/tiny-pack';
import { withFilm } from '../fixtures/with-film';

const FAMILIES = families.families;

/** The tiny pack with every titled episode citing two independent sources, so it passes every rule. */
function compliantPack(): Pack {
  const pack = tinyPack();
  for (const show of pack.shows)
    for (const season of show.seasons)
      for (const episode of season.episodes) {
        if (episode.title === undefined) continue;
        episode.sources = [`https://one.example/${episode.id}`, `https://two.example/${episode.id}`];
      }
  return pack;
}

const episode = (pack: Pack, id: string) => {
  for (const show of pack.shows) for (const season of show.seasons) for (const e of season.episodes) if (e.id === id) return e;
  throw new Error(`no episode ${id}`);
};

const problemsOf = (pack: unknown) => runDataCheck(pack, FAMILIES).problems;

describe('the data check', () => {
  it('passes a pack whose high titles each cite two independent sources', () => {
    expect(problemsOf(compliantPack())).toEqual([]);
  });

  it('fails a schema problem: an ISBN whose check digit is wrong', () => {
    const pack = compliantPack();
    pack.novels[0]!.isbn13 = ['9780316485655'];
    expect(problemsOf(pack)).toEqual([expect.stringMatching(/^novels\[0\]\.isbn13\[0\]: invalid ISBN-13/)]);
  });

  it('fails an integrity problem: two records with one id', () => {
    const pack = compliantPack();
    pack.novels[1]!.id = pack.novels[0]!.id;
    expect(problemsOf(pack).some((p) => p.includes('duplicate id'))).toBe(true);
  });

  it('fails a high title that cites a single source', () => {
    const pack = compliantPack();
    episode(pack, 'legacy-s01e02').sources = ['https://one.example/recap'];
    expect(problemsOf(pack)).toEqual([expect.stringContaining('(legacy-s01e02): a high title needs two independent sources or one authoritative one (has 1 independent)')]);
  });

  it('counts two reposts of one Decider recap as one source', () => {
    const pack = compliantPack();
    episode(pack, 'ballard-s01e02').sources = ['https://buzznovahub.com/ballard-episode-2', 'https://internewscast.com/recap-of-ballard-episode-2'];
    expect(problemsOf(pack)).toEqual([expect.stringContaining('(ballard-s01e02): a high title needs two independent sources')]);
  });

  it('counts two Wikipedia language editions as one source', () => {
    const pack = compliantPack();
    episode(pack, 'legacy-s01e01').sources = ['https://en.m.wikipedia.org/wiki/Bosch:_Legacy', 'https://it.wikipedia.org/wiki/Bosch:_Legacy'];
    expect(problemsOf(pack)).toHaveLength(1);
  });

  it('accepts one authoritative source (the streamer) for a high title', () => {
    const pack = compliantPack();
    episode(pack, 'legacy-s01e01').sources = ['https://www.amazon.com/Bosch-Legacy-Season-1/dp/B0'];
    expect(problemsOf(pack)).toEqual([]);
  });

  it('fails a title marked unknown, and a confidence without a title', () => {
    const pack = compliantPack();
    episode(pack, 'legacy-s01e03').titleConfidence = 'unknown';
    episode(pack, 'ballard-s01e03').titleConfidence = 'medium';
    const problems = problemsOf(pack);
    expect(problems).toEqual([
      expect.stringContaining('(legacy-s01e03): a title marked unknown must be left out'),
      expect.stringContaining('(ballard-s01e03): titleConfidence medium without a title'),
    ]);
  });

  it('fails a title that cites no source at all', () => {
    const pack = compliantPack();
    const e = episode(pack, 'legacy-s02e01');
    e.titleConfidence = 'medium';
    delete e.sources;
    expect(problemsOf(pack)).toEqual([expect.stringContaining('(legacy-s02e01): a title needs at least one source')]);
  });

  it('fails one ISBN given to two books', () => {
    const pack = compliantPack();
    pack.novels[0]!.isbn13 = ['9780316485654'];
    pack.novels[1]!.isbn13 = ['9780316485654'];
    pack.novels[1]!.sources = ['https://example.org/isbn'];
    pack.novels[0]!.sources = ['https://example.org/isbn'];
    expect(problemsOf(pack)).toEqual([expect.stringContaining('ISBN 9780316485654 is already given to')]);
  });

  it('fails a film marked sourced on a single source, and passes it marked inferred', () => {
    const single = withFilm(compliantPack(), { sources: ['https://one.example/film'] });
    expect(problemsOf(single)).toEqual([
      'films[0] (film-the-poet): a sourced film needs two independent sources or one authoritative one (has 1 independent)',
    ]);
    expect(problemsOf(withFilm(compliantPack(), { sources: ['https://one.example/film'], confidence: 'inferred' }))).toEqual([]);
  });

  it('fails an adapts link to a film that names chapters: a film takes the whole novel', () => {
    const pack = withFilm(compliantPack());
    const link = pack.links[pack.links.length - 1]!;
    Object.assign(link, { from: 'desert-star', chapters: [1, 2] });
    expect(problemsOf(pack)).toEqual([`links[${pack.links.length - 1}] (${link.id}).chapters: a link to a film takes the whole novel (no chapters)`]);
  });

  it('prints a Films row after the books, with its dates by precision', () => {
    const pack = withFilm(withFilm(compliantPack()), { id: 'film-two', released: '2004' });
    const { coverage, table } = runDataCheck(pack, FAMILIES);
    expect(coverage.at(-1)).toMatchObject({ label: 'Films', records: 2, datesKnown: 2, sourcesMin: 2, confidence: [1, 0, 1] });
    expect(table.split('\n').at(-1)).toBe('| Films | 2 | 2 | 2 | 2 / 2.0 | 1 day · 0 month · 1 year only |');
  });

  it('prints a coverage row per released season and per book format', () => {
    const pack = compliantPack();
    pack.novels[0]!.format = 'story';
    const { coverage, table } = runDataCheck(pack, FAMILIES);
    expect(coverage.map((r) => [r.label, r.records, r.titlesKnown, r.datesKnown])).toEqual([
      ['Bosch: Legacy S1', 3, 3, 3],
      ['Bosch: Legacy S2', 2, 2, 2],
      ['Ballard S1', 3, 2, 3],
      ['Novels', 2, 2, 2],
      ['Short stories', 1, 1, 1],
    ]);
    const ballard = coverage[2]!;
    expect([ballard.sourcesMin, ballard.confidence]).toEqual([0, [2, 0, 1]]);
    expect(table.split('\n')[4]).toBe('| Ballard S1 | 3 | 2 | 3 | 0 / 1.3 | 2 high · 0 medium · 1 unknown |');
  });
});

describe('source families', () => {
  const lookup = familyLookup(FAMILIES);

  it('reads the host without www., m. or a port', () => {
    expect(hostOf('https://m.Example.org:443/a?b')).toBe('example.org');
  });

  it('puts a subdomain of a listed host in its family', () => {
    expect(lookup.familyOf('https://dyto08wqdmna.cloudfrontnetl.store/https://decider.com/x')).toBe('decider');
    expect(lookup.familyOf('https://sl.jf-alcobertas.pt/x')).toBe('whattowatch');
  });

  it('makes an unlisted host its own family', () => {
    expect(independentCount(lookup, ['https://a.example/1', 'https://a.example/2', 'https://b.example/'])).toBe(2);
  });
});
