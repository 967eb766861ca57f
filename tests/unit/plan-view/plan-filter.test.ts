import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOrder } from '../../../src/domain/order/build-order';
import { indexPack } from '../../../src/domain/pack/pack-index';
import {
  entryGroups,
  filterPositions,
  isFiltering,
  NO_FILTER,
  parsePlanFilter,
  planFilterParams,
  planGroups,
  type PlanFilter,
} from '../../../src/domain/plan-view/plan-filter';
import { PRESETS } from '../fixtures/shipped-presets';
import { foldText, matchesWords } from '../../../src/domain/text/fold-text';
import { connelly } from '../order/connelly-pack';

const index = indexPack(connelly);
const preset = (id: string) => {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(id);
  return buildOrder(connelly, found.spec(connelly));
};
const everything = preset('everything');
const helix = preset('double-helix');
const ballardSeriesNovels = new Set(connelly.novels.filter((n) => n.series.includes('ballard')).map((n) => n.id));

describe('plan filter', () => {
  it('keeps every item, in order, when nothing is filtered', () => {
    expect(filterPositions(index, everything, NO_FILTER)).toEqual(everything.map((_, i) => i));
    expect(isFiltering(NO_FILTER)).toBe(false);
  });

  it('finds "Ballard" in the Ballard episodes and the Renée Ballard novels, and nothing else', () => {
    const found = filterPositions(index, everything, { ...NO_FILTER, text: 'Ballard' }).map((i) => everything[i]!);
    const expected = everything.filter((e) => (e.kind === 'episode' ? e.show === 'ballard' : e.kind === 'reading' && ballardSeriesNovels.has(e.novel)));
    expect(found.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(found.some((e) => e.kind === 'episode')).toBe(true);
    expect(found.some((e) => e.kind === 'reading')).toBe(true);
  });

  it('matches without accents or case, and needs every word', () => {
    const renee = filterPositions(index, everything, { ...NO_FILTER, text: 'renee' });
    const accented = filterPositions(index, everything, { ...NO_FILTER, text: 'RENÉE' });
    expect(renee).toEqual(accented);
    expect(renee.length).toBe([...ballardSeriesNovels].filter((id) => everything.some((e) => e.id === id)).length);
    const both = filterPositions(index, everything, { ...NO_FILTER, text: 'legacy s3e1' }).map((i) => everything[i]!.id);
    expect(both).toEqual(['legacy-s03e01', 'legacy-s03e10']);
  });

  it('narrows by kind (watching takes in the films) and by show or novel series', () => {
    const tv = filterPositions(index, everything, { ...NO_FILTER, kind: 'episode' });
    expect(tv.length).toBe(everything.filter((e) => e.kind !== 'reading').length);
    expect(tv.filter((i) => everything[i]!.kind === 'film').map((i) => everything[i]!.id)).toEqual(['film-blood-work', 'film-the-lincoln-lawyer']);
    const reading = filterPositions(index, everything, { ...NO_FILTER, kind: 'reading' });
    expect(reading.every((i) => everything[i]!.kind === 'reading')).toBe(true);
    const ballardShow = filterPositions(index, everything, { ...NO_FILTER, group: 'show:ballard' });
    expect(ballardShow.map((i) => everything[i]!.id)).toEqual(everything.filter((e) => e.kind === 'episode' && e.show === 'ballard').map((e) => e.id));
    const haller = filterPositions(index, everything, { ...NO_FILTER, group: 'series:haller', kind: 'episode' });
    expect(haller).toEqual([]);
  });

  it('finds a film by its title and by the word "film"', () => {
    const found = filterPositions(index, everything, { ...NO_FILTER, text: 'blood work film' }).map((i) => everything[i]!.id);
    expect(found).toEqual(['film-blood-work']);
    const films = filterPositions(index, everything, { ...NO_FILTER, text: 'film' }).map((i) => everything[i]!.id);
    expect(films).toEqual(['film-blood-work', 'film-the-lincoln-lawyer']);
  });

  it('never finds an item by a title that spoiler safety hides', () => {
    const episode = helix.findIndex((e) => e.id === 'ballard-s01e01');
    expect(episode).toBeGreaterThan(0);
    const filter: PlanFilter = { ...NO_FILTER, text: 'library of lost souls' };
    expect(filterPositions(index, helix, filter)).toEqual([episode]);
    expect(filterPositions(index, helix, filter, { titleHidden: () => true })).toEqual([]);
    // the code still finds it
    expect(filterPositions(index, helix, { ...NO_FILTER, text: 'ballard s1e1' }, { titleHidden: () => true })).toContain(episode);
  });

  it('leaves out what the caller excludes (done items when they are hidden)', () => {
    const positions = filterPositions(index, helix, { ...NO_FILTER, kind: 'reading' }, { excluded: (i) => i < 12 });
    expect(positions.every((i) => i >= 12 && helix[i]!.kind === 'reading')).toBe(true);
    expect(positions.length).toBe(helix.filter((e, i) => i >= 12 && e.kind === 'reading').length);
  });

  it('always returns a sorted subset of the plan, whatever the filter', () => {
    const groups = planGroups(index, everything).map((g) => g.id);
    fc.assert(
      fc.property(
        fc.record({ text: fc.string({ maxLength: 12 }), kind: fc.constantFrom('all', 'episode', 'reading'), group: fc.constantFrom('', ...groups) }),
        (filter) => {
          const positions = filterPositions(index, everything, filter as PlanFilter);
          positions.forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThan(everything.length);
            if (i > 0) expect(p).toBeGreaterThan(positions[i - 1]!);
            if (filter.group) expect(entryGroups(index, everything[p]!)).toContain(filter.group);
          });
        },
      ),
    );
  });

  it('lists the plan’s shows first, then its novel series, with counts that add up per kind', () => {
    const groups = planGroups(index, everything);
    const shows = groups.filter((g) => g.id.startsWith('show:'));
    expect(groups.slice(0, shows.length)).toEqual(shows);
    expect(shows.map((g) => g.label)).toEqual(connelly.shows.map((s) => s.title));
    expect(shows.reduce((sum, g) => sum + g.count, 0)).toBe(everything.filter((e) => e.kind === 'episode').length);
    expect(groups.find((g) => g.id === 'series:ballard')?.label).toBe('Renée Ballard novels');
    expect(planGroups(index, helix).map((g) => g.id)).toEqual(['show:legacy', 'show:ballard', 'series:bosch', 'series:ballard']);
  });

  it('reads a filter from the address and ignores what it does not understand', () => {
    const read = (query: string) => {
      const params = new URLSearchParams(query);
      return parsePlanFilter((name) => params.get(name));
    };
    expect(read('q=ballard&kind=episode&group=show:ballard')).toEqual({ text: 'ballard', kind: 'episode', group: 'show:ballard' });
    expect(read('kind=movies&group=__proto__')).toEqual(NO_FILTER);
    expect(read(`q=${'x'.repeat(500)}`).text).toHaveLength(100);
    const filter: PlanFilter = { text: 'desert star', kind: 'reading', group: 'series:bosch' };
    expect(read(new URLSearchParams(planFilterParams(filter)).toString())).toEqual(filter);
    expect(planFilterParams(NO_FILTER)).toEqual([]);
  });

  it('folds accents and case, and matches every word in any order', () => {
    expect(foldText('Renée BALLARD')).toBe('renee ballard');
    expect(matchesWords('The Concrete Blonde', 'blonde concrete')).toBe(true);
    expect(matchesWords('The Concrete Blonde', 'blonde echo')).toBe(false);
    expect(matchesWords('anything', '  ')).toBe(true);
  });
});
