import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexPack } from '../../../src/domain/pack/pack-index';
import { includeFromSelection, selectionFromInclude, type Selection } from '../../../src/domain/plan/selection';
import { connelly } from '../order/connelly-pack';

const index = indexPack(connelly);
const releasedSeasons = connelly.shows.flatMap((show) => show.seasons.filter((s) => s.episodes.length > 0).map((s) => s.id));
const novelIds = connelly.novels.map((n) => n.id);
const someEpisodes = ['bosch-s01e01', 'legacy-s02e05', 'ballard-s01e09', 'lincoln-s03e10'];

function selection(seasons: string[], novels: string[] = [], episodes: string[] = [], shows: string[] = [], unknown: string[] = []): Selection {
  return { shows: new Set(shows), seasons: new Set(seasons), novels: new Set(novels), films: new Set<string>(), episodes: new Set(episodes), unknown };
}

const releasedOf = (showId: string) => index.shows.get(showId)?.seasons.filter((s) => s.episodes.length > 0).map((s) => s.id) ?? [];

const selectionArb: fc.Arbitrary<Selection> = fc
  .record({
    seasons: fc.subarray(releasedSeasons),
    novels: fc.subarray(novelIds),
    episodes: fc.subarray(someEpisodes),
    wholeShows: fc.subarray(connelly.shows.map((show) => show.id)),
  })
  // an episode on its own only makes sense when its season is not chosen whole,
  // and a show is "whole" only when all its released seasons are chosen
  .map(({ seasons, novels, episodes, wholeShows }) =>
    selection(
      seasons,
      novels,
      episodes.filter((id) => !seasons.includes(index.episodes.get(id)?.season.id ?? '')),
      wholeShows.filter((show) => releasedOf(show).every((id) => seasons.includes(id))),
    ),
  );

describe('selectionFromInclude', () => {
  it('expands a show id to its released seasons only', () => {
    const sel = selectionFromInclude(index, ['ballard']);
    expect([...sel.seasons]).toEqual(['ballard-s01']);
    expect([...sel.shows]).toEqual(['ballard']);
    expect(sel.novels.size + sel.episodes.size).toBe(0);
  });

  it('sorts seasons, single episodes and novels into their own sets', () => {
    const sel = selectionFromInclude(index, ['legacy-s03', 'bosch-s01e01', 'desert-star']);
    expect(sel).toEqual(selection(['legacy-s03'], ['desert-star'], ['bosch-s01e01']));
  });

  it('puts a film in its own set and writes it back between the shows and the novels', () => {
    const sel = selectionFromInclude(index, ['the-lincoln-lawyer', 'film-the-lincoln-lawyer', 'lincoln']);
    expect([...sel.films]).toEqual(['film-the-lincoln-lawyer']);
    expect(sel.unknown).toEqual([]);
    expect(includeFromSelection(index, sel)).toEqual(['lincoln', 'film-the-lincoln-lawyer', 'the-lincoln-lawyer']);
  });

  it('keeps ids the pack does not know, so saving never drops them', () => {
    const sel = selectionFromInclude(index, ['some-future-show', 'legacy-s09']);
    expect(sel).toEqual(selection([], [], [], [], ['some-future-show', 'legacy-s09']));
    expect(includeFromSelection(index, sel)).toEqual(['some-future-show', 'legacy-s09']);
  });
});

describe('includeFromSelection', () => {
  it('names a show chosen as a whole by the show id', () => {
    expect(includeFromSelection(index, selection(['legacy-s01', 'legacy-s02', 'legacy-s03'], [], [], ['legacy']))).toEqual(['legacy']);
  });

  it('keeps season ids when every season was picked one by one, so the plan does not grow with new seasons', () => {
    expect(includeFromSelection(index, selection(['legacy-s01', 'legacy-s02', 'legacy-s03']))).toEqual(['legacy-s01', 'legacy-s02', 'legacy-s03']);
  });

  it('names single seasons when only some of a show’s seasons are chosen', () => {
    expect(includeFromSelection(index, selection(['bosch-s02', 'bosch-s01']))).toEqual(['bosch-s01', 'bosch-s02']);
  });

  it('gives the Double Helix include back unchanged (Ballard S1 stays a season, not the whole show)', () => {
    const sel = selectionFromInclude(index, ['legacy-s03', 'ballard-s01', 'desert-star']);
    expect(includeFromSelection(index, sel)).toEqual(['legacy-s03', 'ballard-s01', 'desert-star']);
  });

  it('drops a single episode whose whole season is chosen', () => {
    expect(includeFromSelection(index, selection(['bosch-s01'], [], ['bosch-s01e01']))).toEqual(['bosch-s01']);
  });

  it('keeps a single episode whose season is not chosen', () => {
    expect(includeFromSelection(index, selection([], [], ['bosch-s01e01']))).toEqual(['bosch-s01e01']);
  });

  it('lists novels in pack order whatever order they were chosen in', () => {
    const include = includeFromSelection(index, selection([], ['desert-star', 'the-black-echo']));
    expect(include).toEqual(['the-black-echo', 'desert-star']);
  });

  it('gives nothing for an empty selection', () => {
    expect(includeFromSelection(index, selection([]))).toEqual([]);
  });
});

describe('round trips', () => {
  it('selection → include → selection gives back the same selection', () => {
    fc.assert(
      fc.property(selectionArb, (sel) => {
        expect(selectionFromInclude(index, includeFromSelection(index, sel))).toEqual(sel);
      }),
      { numRuns: 300 },
    );
  });

  it('include → selection → include is stable after one pass', () => {
    const anyId = fc.constantFrom(...connelly.shows.map((s) => s.id), ...releasedSeasons, ...someEpisodes, ...novelIds.slice(0, 8));
    fc.assert(
      fc.property(fc.array(anyId, { maxLength: 10 }), (include) => {
        const once = includeFromSelection(index, selectionFromInclude(index, include));
        expect(includeFromSelection(index, selectionFromInclude(index, once))).toEqual(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every released episode an include covers', () => {
    const episodesOf = (include: readonly string[]) => {
      const sel = selectionFromInclude(index, include);
      const ids = new Set(sel.episodes);
      for (const season of sel.seasons) for (const ep of index.seasons.get(season)?.season.episodes ?? []) ids.add(ep.id);
      return ids;
    };
    fc.assert(
      fc.property(selectionArb, (sel) => {
        const include = includeFromSelection(index, sel);
        expect(episodesOf(include)).toEqual(episodesOf(includeFromSelection(index, selectionFromInclude(index, include))));
      }),
    );
  });
});
