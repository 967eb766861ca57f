import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comingNext } from '../../../src/domain/pack/coming-next';
import { parsePack } from '../../../src/domain/pack/parse-pack';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { whereForEntry, whereToRead, whereToWatch } from '../../../src/domain/pack/where';
import { buildOrder } from '../../../src/domain/order/build-order';
import type { Pack } from '../../../src/domain/pack/schema';
import { tinyPack } from '../fixtures/tiny-pack';

const shipped = (): Pack => parsePack(JSON.parse(readFileSync(join(process.cwd(), 'public/data/connelly.json'), 'utf8')));

describe('coming next', () => {
  it('lists the announced seasons and the prequel of the shipped pack, computed from today', () => {
    const items = comingNext(shipped(), '2026-12-02');
    expect(items.map((i) => i.id)).toEqual(['ballard-s02', 'lincoln-s05', 'start-of-watch']);
    expect(items.find((i) => i.id === 'lincoln-s05')?.basedOn).toEqual({ title: 'Resurrection Walk', confidence: 'sourced' });
  });

  it('lists a novel only while its date is after today', () => {
    const pack = shipped();
    expect(comingNext(pack, '2026-10-01').filter((i) => i.kind === 'novel').map((i) => [i.id, i.date])).toEqual([['the-hollow', '2026-11-03']]);
    expect(comingNext(pack, '2026-11-03').filter((i) => i.kind === 'novel')).toEqual([]);
  });

  it('puts dated items first, soonest first', () => {
    const pack = tinyPack();
    pack.novels.push({ id: 'later', title: 'Later', published: '2027-05', series: ['bosch'] }, { id: 'sooner', title: 'Sooner', published: '2027-02-01', series: ['bosch'] });
    expect(comingNext(pack, '2026-12-02').map((i) => i.id)).toEqual(['sooner', 'later', 'ballard-s02']);
  });
});

describe('a plan made before a pack update', () => {
  const spec = (include: string[]) => ({ include, strategy: 'release' as const, readingGranularity: 'book' as const });
  const withSeason2 = (): Pack => {
    const pack = tinyPack();
    const season = pack.shows.find((s) => s.id === 'ballard')!.seasons[1]!;
    delete season.announced;
    season.premiere = '2027-01-15';
    season.episodes = [1, 2].map((n) => ({ id: `ballard-s02e0${n}`, number: n, released: '2027-01-15', titleConfidence: 'unknown' as const }));
    return pack;
  };

  it('that included the whole show gains the new season when the pack gains its episodes', () => {
    const before = buildOrder(tinyPack(), spec(['ballard'])).map((e) => e.id);
    const after = buildOrder(withSeason2(), spec(['ballard'])).map((e) => e.id);
    expect(before).toEqual(['ballard-s01e01', 'ballard-s01e02', 'ballard-s01e03']);
    expect(after).toEqual([...before, 'ballard-s02e01', 'ballard-s02e02']);
  });

  it('that picked single seasons keeps exactly those seasons', () => {
    const after = buildOrder(withSeason2(), spec(['ballard-s01'])).map((e) => e.id);
    expect(after).toEqual(['ballard-s01e01', 'ballard-s01e02', 'ballard-s01e03']);
  });
});

describe('where to watch and read', () => {
  const index = indexPack(shipped());

  it('finds the streaming home of a show from any of its episodes', () => {
    expect(whereToWatch(index, 'lincoln-s02e03')).toEqual({ service: 'Netflix', url: 'https://www.netflix.com/' });
    expect(whereToWatch(index, 'start-of-watch')?.service).toBe('MGM+');
  });

  it('links a novel with a sourced ISBN to its Open Library page', () => {
    expect(whereToRead(index, 'desert-star')).toEqual([{ isbn: '9780316485654', label: '978-0316485654', url: 'https://openlibrary.org/isbn/9780316485654' }]);
    expect(whereToRead(index, 'the-black-echo')).toEqual([]);
  });

  it('gives a plan row of a reading block its book links', () => {
    expect(whereForEntry(index, 'desert-star#ch12').read[0]?.isbn).toBe('9780316485654');
    expect(whereForEntry(index, 'bosch-s01e01').watch?.service).toBe('Prime Video');
  });
});
