import { describe, expect, test } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { Link, Pack } from '../../../src/domain/pack/schema';
import { parsePack } from '../../../src/domain/pack/parse-pack';

const SOURCE = ['https://example.org/s'];

/** Two shows of 3 episodes (A in 2020, B in 2021) and a 6-chapter novel (2019), plus the given links. */
function pack(links: Omit<Link, 'confidence' | 'sources'>[]): Pack {
  const show = (id: string, year: number) => ({
    id, title: id.toUpperCase(), network: 'Net', typicalRuntimeMin: 40,
    seasons: [{ id: `${id}-s01`, number: 1, episodes: [1, 2, 3].map((n) => ({ id: `${id}-s01e0${n}`, number: n, released: `${year}-0${n}-01` })) }],
  });
  return parsePack({
    schemaVersion: 1, id: 'p', title: 'P', dataVersion: '2026-01-01', sources: SOURCE,
    series: [{ id: 'main', title: 'Main' }], characters: [], threads: [{ id: 't', title: 'T', color: '#000000' }],
    shows: [show('a', 2020), show('b', 2021)],
    novels: [{ id: 'n', title: 'Novel', published: '2019-05-01', series: ['main'], chapters: 6, pages: 120 }],
    links: links.map((link) => ({ confidence: 'inferred', sources: SOURCE, ...link })),
  });
}
const ids = (p: Pack, strategy: 'helix' | 'release' = 'helix') =>
  buildOrder(p, { include: ['a', 'b', 'n'], strategy, readingGranularity: { chapters: 2 } });

describe('buildOrder on small synthetic packs', () => {
  test('helix pulls a lead-in target right behind its source', () => {
    const entries = ids(pack([{ id: 'l', type: 'leads-into', from: 'a-s01e01', to: 'b-s01e01' }]));
    expect(entries.map((entry) => entry.id).slice(3, 6)).toEqual(['a-s01e01', 'b-s01e01', 'a-s01e02']);
  });

  test('the release order ignores lead-ins', () => {
    const entries = ids(pack([{ id: 'l', type: 'leads-into', from: 'a-s01e01', to: 'b-s01e01' }]), 'release');
    expect(entries.map((entry) => entry.id).indexOf('b-s01e01')).toBe(6);
  });

  test('a loop of lead-ins is cut, said so, and never hangs', () => {
    const entries = ids(pack([
      { id: 'l1', type: 'leads-into', from: 'a-s01e03', to: 'b-s01e01' },
      { id: 'l2', type: 'leads-into', from: 'b-s01e01', to: 'a-s01e03' },
    ]));
    expect(entries).toHaveLength(9);
    expect(entries.some((entry) => /links form a loop/.test(entry.reason))).toBe(true);
  });

  test('contradictory chapter links spread the whole novel over the linked episodes in chapter order, and say so', () => {
    const entries = ids(pack([
      { id: 'x1', type: 'adapts', from: 'n', to: 'b-s01e03', chapters: [1, 2] },
      { id: 'x2', type: 'adapts', from: 'n', to: 'a-s01e01', chapters: [5, 6], label: 'the ending' },
    ]));
    // Ch. 5–6 wants A S1E1 and ch. 1–2 the later B S1E3: chapter order cannot give both, so the book
    // is paced over the two linked episodes in screen order, first chapters first.
    expect(entries.map((entry) => entry.id)).toEqual(['n#1-2', 'a-s01e01', 'a-s01e02', 'a-s01e03', 'b-s01e01', 'b-s01e02', 'n#3-4', 'n#5-6', 'b-s01e03']);
    expect(entries.find((entry) => entry.id === 'n#5-6')?.reason).toBe('Paced alongside B S1E3; Novel is spread over both seasons in chapter order');
    // The episode still says what the data links it to; the block never claims that match.
    expect(entries.find((entry) => entry.id === 'a-s01e01')?.reason).toBe('Released 2020-01-01; adapts Novel ch. 5–6 (the ending)');
  });

  test('an episode-level chapter link puts the chapters right before that episode, and later chapters wait for them', () => {
    const entries = ids(pack([{ id: 'x1', type: 'adapts', from: 'n', to: 'b-s01e02', chapters: [1, 2], label: 'the opening' }]));
    expect(entries.map((entry) => entry.id).slice(4, 8)).toEqual(['n#1-2', 'n#3-4', 'n#5-6', 'b-s01e02']);
    expect(entries.find((entry) => entry.id === 'n#1-2')).toMatchObject({
      reason: 'Read before B S1E2, which adapts Novel ch. 1–2 (the opening)',
      safeReason: 'Read before B S1E2, which adapts Novel ch. 1–2',
    });
    expect(entries.find((entry) => entry.id === 'n#3-4')?.reason).toBe('Published 2019-05-01; kept after ch. 1–2 because chapters stay in order');
    expect(entries.find((entry) => entry.id === 'b-s01e02')?.reason).toBe('Released 2021-02-01; adapts Novel ch. 1–2 (the opening)');
  });

  test('unknown ids in the selection are ignored', () => {
    expect(buildOrder(pack([]), { include: ['nope', 'a-s01e02'], strategy: 'release', readingGranularity: 'book' }).map((entry) => entry.id)).toEqual(['a-s01e02']);
  });

  test('reading minutes follow the reading speed', () => {
    const [entry] = buildOrder(pack([]), { include: ['n'], strategy: 'release', readingGranularity: 'book', pagesPerHour: 60 });
    expect(entry).toMatchObject({ id: 'n', minutes: 120, approximate: false, chapters: [1, 6] });
  });
});
