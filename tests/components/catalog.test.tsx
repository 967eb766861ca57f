import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CatalogPage } from '../../src/features/catalog/CatalogPage';
import { NovelPage } from '../../src/features/catalog/NovelPage';
import { ShowPage } from '../../src/features/catalog/ShowPage';
import { renderWithPack } from './render-with-pack';

const routes = [
  { path: '/catalog', element: <CatalogPage /> },
  { path: '/catalog/shows/:showId', element: <ShowPage /> },
  { path: '/catalog/novels/:novelId', element: <NovelPage /> },
];

describe('Catalog', () => {
  it('lists the four series with their season and episode counts, and every novel', () => {
    renderWithPack(routes, '/catalog');
    const shows = within(screen.getByRole('region', { name: 'TV series' })).getAllByRole('listitem');
    expect(shows.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Bosch', 'Bosch: Legacy', 'Ballard', 'The Lincoln Lawyer']);
    expect(shows[0]).toHaveTextContent('7 seasons · 68 episodes');
    expect(shows[1]).toHaveTextContent('3 seasons · 30 episodes');
    const novelRows = within(screen.getByRole('region', { name: 'Novels' })).getAllByRole('row');
    expect(novelRows).toHaveLength(43 + 1);
    expect(novelRows[1]).toHaveTextContent('The Black Echo');
  });

  it('navigates from the catalog to a show and names what each season draws on', async () => {
    const { router } = renderWithPack(routes, '/catalog');
    await userEvent.click(screen.getByRole('link', { name: 'Bosch: Legacy' }));
    expect(router.state.location.pathname).toBe('/catalog/shows/legacy');
    expect(screen.getByRole('heading', { level: 1, name: 'Bosch: Legacy' })).toBeInTheDocument();
    const season3 = screen.getByRole('region', { name: /Season 3/ });
    expect(within(season3).getAllByText(/Draws on Desert Star.*Gallagher/i).length).toBeGreaterThan(0);
    expect(within(season3).getAllByRole('row')).toHaveLength(10 + 1);
  });

  it('shows an unknown episode title as "Episode N", never an invented one', () => {
    renderWithPack(routes, '/catalog/shows/ballard');
    const row = document.getElementById('ballard-s01e09');
    expect(row).toHaveTextContent('Episode 9 (title not yet known)');
  });

  it('shows Desert Star with its parts and both story threads', () => {
    renderWithPack(routes, '/catalog/novels/desert-star');
    expect(screen.getByRole('heading', { level: 1, name: 'Desert Star' })).toBeInTheDocument();
    const threads = screen.getByRole('region', { name: 'Story threads' });
    expect(threads).toHaveTextContent(/Pearlman/);
    expect(threads).toHaveTextContent(/Gallagher/);
    expect(screen.getByRole('region', { name: 'Parts' })).toHaveTextContent('The Library of Lost Souls');
  });

  it('says plainly when an id does not exist', () => {
    renderWithPack(routes, '/catalog/novels/no-such-book');
    expect(screen.getByRole('heading', { name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/no-such-book/)).toBeInTheDocument();
  });

  it('narrows shows and novels to what the search finds, episodes included, and keeps it in the address', async () => {
    const user = userEvent.setup();
    const { router } = renderWithPack(routes, '/catalog');
    await user.type(screen.getByRole('searchbox', { name: 'Search titles' }), 'Ballard');
    const shows = within(screen.getByRole('region', { name: 'TV series' })).getAllByRole('heading', { level: 3 });
    expect(shows.map((h) => h.textContent)).toEqual(['Ballard']);
    const novels = within(screen.getByRole('region', { name: 'Novels' })).getAllByRole('row').slice(1);
    expect(novels.length).toBeGreaterThan(3);
    for (const row of novels) expect(row).toHaveTextContent('Renée Ballard');
    expect(router.state.location.search).toBe('?q=Ballard');
    await user.clear(screen.getByRole('searchbox', { name: 'Search titles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search titles' }), 'fugazi');
    const matches = screen.getByRole('list', { name: 'Matching episodes of Bosch' });
    expect(within(matches).getByRole('link', { name: /S1E4 ‘Chapter Four: Fugazi’/ })).toHaveAttribute('href', '/catalog/shows/bosch#season-1');
    expect(screen.queryByRole('region', { name: 'Novels' })).toBeNull();
  });

  it('shows only the novels of one series, or only TV, when asked', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/catalog?series=haller');
    expect(screen.queryByRole('region', { name: 'TV series' })).toBeNull();
    const rows = within(screen.getByRole('region', { name: 'Novels' })).getAllByRole('row').slice(1);
    for (const row of rows) expect(row).toHaveTextContent('Mickey Haller');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Novel series' }), '');
    await user.click(screen.getByRole('radio', { name: 'TV' }));
    expect(screen.queryByRole('region', { name: 'Novels' })).toBeNull();
    expect(within(screen.getByRole('region', { name: 'TV series' })).getAllByRole('heading', { level: 3 })).toHaveLength(4);
  });
});
