import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PackError } from '../../src/domain/pack/pack-error';
import { parsePack } from '../../src/domain/pack/parse-pack';
import type { Pack } from '../../src/domain/pack/schema';
import { tinyPack } from './fixtures/tiny-pack';
import { withFilm } from './fixtures/with-film';

/** The problems parsePack reports for the fixture after `change`; [] when it parses. */
function problemsAfter(change: (pack: Pack) => void): readonly string[] {
  const pack = tinyPack();
  change(pack);
  try {
    parsePack(pack);
    return [];
  } catch (error) {
    if (error instanceof PackError) return error.problems;
    throw error;
  }
}

/** Loose access for writing deliberately invalid values into the typed fixture. */
const loose = (value: object) => value as Record<string, unknown>;

const legacy = (pack: Pack) => pack.shows[0]!;
const legacyS1 = (pack: Pack) => legacy(pack).seasons[0]!;
const desertStar = (pack: Pack) => pack.novels[2]!;

describe('parsePack on a valid pack', () => {
  it('accepts the tiny fixture and returns it unchanged in shape', () => {
    const pack = tinyPack();
    expect(parsePack(pack)).toEqual(pack);
  });

  it('accepts a series that shares its id with a show', () => {
    expect(legacy(tinyPack()).id).toBe('legacy');
    expect(problemsAfter((p) => p.series.push({ id: 'legacy', title: 'Legacy' }))).toEqual([]);
  });

  it('accepts partial publication dates of a year or a month', () => {
    expect(problemsAfter((p) => (desertStar(p).published = '2022-11'))).toEqual([]);
    expect(problemsAfter((p) => (desertStar(p).published = '2022'))).toEqual([]);
  });
});

describe('parsePack on a broken pack', () => {
  it('names the exact episode whose release date is impossible', () => {
    expect(problemsAfter((p) => (legacyS1(p).episodes[1]!.released = '2022-02-30'))).toEqual([
      'shows[0].seasons[0].episodes[1].released: invalid date',
    ]);
  });

  it('reports a missing required field', () => {
    expect(problemsAfter((p) => delete loose(p.novels[0]!).title)).toEqual(['novels[0].title: is required (string)']);
  });

  it('reports a value outside an enum with the allowed values', () => {
    expect(problemsAfter((p) => (loose(p.links[0]!).confidence = 'probably'))).toEqual([
      'links[0].confidence: must be "sourced" or "inferred" or "unverified"',
    ]);
  });

  it('reports a wrong schema version', () => {
    expect(problemsAfter((p) => (loose(p).schemaVersion = 3))).toEqual(['schemaVersion: must be 1 or 2']);
  });

  it('reports an id that is not lower-case letters, digits and dashes', () => {
    expect(problemsAfter((p) => (p.novels[0]!.id = 'The Poet'))).toEqual([
      'novels[0].id: invalid id (lower-case letters, digits and dashes)',
    ]);
  });

  it('reports a duplicate id across items of different kinds', () => {
    expect(problemsAfter((p) => (p.novels[0]!.id = 'legacy-s01e01'))).toEqual(['(ids): duplicate id "legacy-s01e01"']);
  });

  it('reports a duplicate thread id', () => {
    expect(problemsAfter((p) => p.threads.push({ id: 'pearlman', title: 'Again', color: '#000000' }))).toEqual([
      '(ids): duplicate id "pearlman"',
    ]);
  });

  it('reports a link to an id that does not exist', () => {
    expect(problemsAfter((p) => (p.links[0]!.to = 'x'))).toEqual(['links[0].to: unknown id "x"']);
  });

  it('reports episode numbers that skip a number', () => {
    expect(problemsAfter((p) => (legacyS1(p).episodes[1]!.number = 3))).toEqual([
      'shows[0].seasons[0].episodes[1].number: episode numbers must be contiguous: expected 2, got 3',
    ]);
  });

  it('reports season numbers that do not start at 1', () => {
    expect(problemsAfter((p) => (legacyS1(p).number = 2))).toEqual(['shows[0].seasons[0].number: expected 1, got 2']);
  });

  it('reports a segment that runs past the last chapter', () => {
    expect(problemsAfter((p) => (desertStar(p).segments![3]!.chapters = [38, 60]))).toEqual([
      "novels[2].segments[3].chapters: chapters 38–60 are outside the novel's 54 chapters",
    ]);
  });

  it('reports a part that runs past the last chapter', () => {
    expect(problemsAfter((p) => (desertStar(p).chapters = 40))).toContain(
      "novels[2].parts[1].chapters: chapters 38–54 are outside the novel's 40 chapters",
    );
  });

  it('reports a link chapter range past the last chapter', () => {
    expect(problemsAfter((p) => (p.links[4]!.chapters = [38, 55]))).toEqual([
      "links[4].chapters: chapters 38–55 are outside the novel's 54 chapters",
    ]);
  });

  it('reports a chapter range on a novel without a chapter count', () => {
    expect(problemsAfter((p) => delete desertStar(p).chapters)).toContain(
      "novels[2].segments[0].chapters: a chapter range needs the novel's chapter count",
    );
  });

  it('reports a chapter range that runs backwards', () => {
    expect(problemsAfter((p) => (desertStar(p).segments![2]!.chapters = [37, 3]))).toEqual([
      'novels[2].segments[2].chapters: chapter range must run forwards',
    ]);
  });

  it('reports overlapping segments', () => {
    expect(problemsAfter((p) => (desertStar(p).segments![3]!.chapters = [30, 54]))).toEqual([
      'novels[2].segments[3].chapters: segments must be in chapter order and must not overlap',
    ]);
  });

  it('reports a segment whose thread does not exist', () => {
    expect(problemsAfter((p) => (desertStar(p).segments![0]!.thread = 'nope'))).toEqual([
      'novels[2].segments[0].thread: unknown thread "nope"',
    ]);
  });

  it('reports a woven thread that does not exist', () => {
    expect(problemsAfter((p) => (desertStar(p).segments![2]!.woven = ['gallagher', 'nope']))).toEqual([
      'novels[2].segments[2].woven[1]: unknown thread "nope"',
    ]);
  });

  it('reports an episode thread tag that names no thread, and one tagged twice', () => {
    const tag = (thread: string) => ({ thread, confidence: 'sourced' as const, sources: ['https://example.org/recap'] });
    expect(problemsAfter((p) => (legacyS1(p).episodes[0]!.threads = [tag('nope')]))).toEqual([
      'shows[0].seasons[0].episodes[0].threads[0].thread: unknown thread "nope"',
    ]);
    expect(problemsAfter((p) => (legacyS1(p).episodes[0]!.threads = [tag('gallagher'), tag('gallagher')]))).toEqual([
      'shows[0].seasons[0].episodes[0].threads[1].thread: thread "gallagher" is listed twice',
    ]);
  });

  it('reports an episode thread tag without a source', () => {
    expect(problemsAfter((p) => (legacyS1(p).episodes[0]!.threads = [{ thread: 'gallagher', confidence: 'inferred', sources: [] }]))).toEqual([
      'shows[0].seasons[0].episodes[0].threads[0].sources: an episode thread needs at least one source',
    ]);
  });

  it('reports a novel in a series that does not exist', () => {
    expect(problemsAfter((p) => (p.novels[0]!.series = ['poet']))).toEqual(['novels[0].series[0]: unknown series "poet"']);
  });

  it('reports a leads-into link that starts at a novel', () => {
    expect(problemsAfter((p) => (p.links[5]!.from = 'desert-star'))).toEqual([
      'links[5].from: a leads-into link cannot start at a novel',
    ]);
  });

  it('reports an adapts link that ends at a novel', () => {
    expect(problemsAfter((p) => (p.links[0]!.to = 'the-poet'))).toEqual(['links[0].to: an adapts link cannot end at a novel']);
  });

  it('loads a pack made before films existed, and one with a film adapted from a novel', () => {
    expect(problemsAfter((p) => delete p.films)).toEqual([]);
    expect(problemsAfter((p) => withFilm(p))).toEqual([]);
    const pack = parsePack(withFilm(tinyPack()));
    expect(pack.films?.map((film) => [film.id, film.released, film.runtimeMin])).toEqual([['film-the-poet', '2003-05-02', 101]]);
  });

  it('reports a film without a release date or a source, and a film sharing an episode’s id', () => {
    expect(problemsAfter((p) => withFilm(p, { released: '2003-13-01', sources: [] }))).toEqual([
      'films[0].released: invalid date',
      'films[0].sources: a film needs at least one source',
    ]);
    expect(problemsAfter((p) => withFilm(p, { id: 'legacy-s01e01' }))).toEqual(['(ids): duplicate id "legacy-s01e01"']);
  });

  it('reports an adapts link that starts at an episode', () => {
    expect(problemsAfter((p) => (p.links[0]!.from = 'legacy-s01e01'))).toEqual([
      'links[0].from: an adapts link cannot start at an episode',
    ]);
  });

  it('reports an appears-in link that starts at a thread', () => {
    expect(problemsAfter((p) => (p.links[6]!.from = 'gallagher'))).toEqual([
      'links[6].from: an appears-in link cannot start at a thread',
    ]);
  });

  it('reports chapters on a link that is not an adaptation', () => {
    expect(problemsAfter((p) => (p.links[5]!.chapters = [1, 2]))).toEqual(['links[5].chapters: only adapts links carry chapters']);
  });

  it('keeps a link’s note about its data and reports an empty one', () => {
    const pack = tinyPack();
    pack.links[0]!.note = 'Only one guide names it.';
    expect(parsePack(pack).links[0]?.note).toBe('Only one guide names it.');
    expect(problemsAfter((p) => (p.links[0]!.note = ''))).toEqual(['links[0].note: must not be empty']);
  });

  it('reports a link without a source', () => {
    expect(problemsAfter((p) => (p.links[0]!.sources = []))).toEqual(['links[0].sources: a link needs at least one source']);
  });

  it('reports a source that is not a web address', () => {
    expect(problemsAfter((p) => (p.sources = ['ftp://example.org/x']))).toEqual(['sources[0]: invalid URL']);
  });

  it('reports a thread colour that is not #rrggbb', () => {
    expect(problemsAfter((p) => (p.threads[0]!.color = 'green'))).toEqual(['threads[0].color: invalid colour (#rrggbb)']);
  });

  it('reports a runtime that is not a positive whole number', () => {
    expect(problemsAfter((p) => (legacy(p).typicalRuntimeMin = 0))).toEqual([
      'shows[0].typicalRuntimeMin: must be a positive whole number',
    ]);
  });

  it('reports every problem, not only the first', () => {
    const problems = problemsAfter((p) => {
      p.links[0]!.to = 'x';
      desertStar(p).segments![0]!.thread = 'nope';
    });
    expect(problems).toHaveLength(2);
  });

  it('starts the error message with the first problem and counts the rest', () => {
    const pack = tinyPack();
    pack.links[0]!.to = 'x';
    pack.links[1]!.to = 'y';
    expect(() => parsePack(pack)).toThrow('links[0].to: unknown id "x" (and 1 more)');
  });

  it('rejects input that is not an object at all', () => {
    for (const input of [null, undefined, 42, 'pack', []]) {
      expect(() => parsePack(input)).toThrow(PackError);
    }
  });
});

describe('parsePack on randomly damaged packs', () => {
  type Path = readonly (string | number)[];

  /** Every path to a value inside the pack (objects, arrays and leaves), root excluded. */
  function pathsOf(value: unknown, prefix: Path = []): Path[] {
    if (value === null || typeof value !== 'object') return [];
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    return entries.flatMap(([key, v]) => [[...prefix, key], ...pathsOf(v, [...prefix, key])]);
  }

  const REMOVE = Symbol('remove');

  function mutate(root: unknown, path: Path, replacement: unknown): void {
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (replacement === REMOVE) {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else parent[last] = replacement;
  }

  const replacement = fc.oneof(
    fc.constant(REMOVE),
    fc.anything(),
    fc.constantFrom('', 'x', 'legacy-s01e01', 'desert-star', 'pearlman', '2022-02-30', '1996', -1, 0, 1e9, null),
  );

  it('throws nothing but PackError, whatever is changed', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 4 }), (changes) => {
        const pack: unknown = tinyPack();
        for (const [pick, value] of changes) {
          const paths = pathsOf(pack);
          if (paths.length === 0) break;
          mutate(pack, paths[pick % paths.length]!, value);
        }
        try {
          parsePack(pack);
        } catch (error) {
          expect(error).toBeInstanceOf(PackError);
          expect((error as PackError).problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
