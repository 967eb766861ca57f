import { describe, expect, it } from 'vitest';
import { ALL_OF_CATALOG, parseCatalogQuery, searchCatalog } from '../../src/domain/catalog/catalog-search';
import { indexPack } from '../../src/domain/pack/pack-index';
import { connelly } from './order/connelly-pack';

const index = indexPack(connelly);

describe('catalog search', () => {
  it('lists every show and every novel, novels by publication date, when nothing is asked', () => {
    const all = searchCatalog(index, ALL_OF_CATALOG);
    expect(all.shows.map((s) => s.show.id)).toEqual(connelly.shows.map((s) => s.id));
    expect(all.novels).toHaveLength(connelly.novels.length);
    expect(all.novels[0]?.id).toBe('the-black-echo');
  });

  it('finds Ballard: the show, and the Renée Ballard novels by their series', () => {
    const found = searchCatalog(index, { ...ALL_OF_CATALOG, text: 'ballard' });
    expect(found.shows.map((s) => s.show.id)).toEqual(['ballard']);
    expect(found.shows[0]?.episodes).toEqual([]);
    expect(found.novels.map((n) => n.id).sort()).toEqual(connelly.novels.filter((n) => n.series.includes('ballard')).map((n) => n.id).sort());
  });

  it('finds an episode by its title and names its show', () => {
    const found = searchCatalog(index, { ...ALL_OF_CATALOG, text: 'library of lost' });
    expect(found.shows.map((s) => s.show.id)).toEqual(['ballard']);
    expect(found.shows[0]?.episodes.map((e) => e.episode.id)).toEqual(['ballard-s01e01']);
    expect(found.novels).toEqual([]);
  });

  it('finds a show announced without episodes by its title, and leaves it out of a books-only search', () => {
    const announced = [...index.announcedShows.values()];
    expect(announced.length).toBeGreaterThan(0);
    const title = announced[0]!.title;
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, text: title }).announced.map((s) => s.title)).toEqual([title]);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, text: title, kind: 'books' }).announced).toEqual([]);
    expect(searchCatalog(index, ALL_OF_CATALOG).announced).toEqual(announced);
  });

  it('finds the films on screen, never among the books, and narrows them by their novel\'s series', () => {
    expect(searchCatalog(index, ALL_OF_CATALOG).films.map((f) => [f.film.id, f.novel?.id])).toEqual([
      ['film-blood-work', 'blood-work'],
      ['film-the-lincoln-lawyer', 'the-lincoln-lawyer'],
    ]);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, kind: 'books' }).films).toEqual([]);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, series: 'haller' }).films.map((f) => f.film.id)).toEqual(['film-the-lincoln-lawyer']);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, text: 'eastwood blood' }).films).toEqual([]);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, text: 'blood work' }).films.map((f) => f.film.id)).toEqual(['film-blood-work']);
  });

  it('narrows by kind and by novel series', () => {
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, kind: 'tv' }).novels).toEqual([]);
    expect(searchCatalog(index, { ...ALL_OF_CATALOG, kind: 'books' }).shows).toEqual([]);
    const haller = searchCatalog(index, { ...ALL_OF_CATALOG, series: 'haller' });
    expect(haller.shows).toEqual([]);
    expect(haller.novels.every((n) => n.series.includes('haller'))).toBe(true);
    expect(haller.novels.map((n) => n.id)).toContain('the-lincoln-lawyer');
  });

  it('reads a query from the address and ignores what it does not understand', () => {
    const read = (q: string) => {
      const params = new URLSearchParams(q);
      return parseCatalogQuery((name) => params.get(name));
    };
    expect(read('q=echo&kind=books&series=bosch')).toEqual({ text: 'echo', kind: 'books', series: 'bosch' });
    expect(read('kind=films&series=../x')).toEqual(ALL_OF_CATALOG);
  });
});
