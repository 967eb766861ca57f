import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CatalogPage } from '../../src/features/catalog/CatalogPage';
import { BookOrFilmPage } from '../../src/features/catalog/NovelPage';
import { ShowPage } from '../../src/features/catalog/ShowPage';
import { renderWithPack } from './render-with-pack';

const routes = [
  { path: '/catalog', element: <CatalogPage /> },
  { path: '/catalog/shows/:showId', element: <ShowPage /> },
  { path: '/catalog/:shelf/:id', element: <BookOrFilmPage /> },
];

describe('Catalog', () => {
  it('lists the four series and the announced prequel with their counts, and every novel and story', () => {
    renderWithPack(routes, '/catalog');
    const shows = within(screen.getByRole('region', { name: 'TV series' })).getAllByRole('listitem');
    expect(shows.map((item) => item.querySelector('h3')?.textContent)).toEqual(['Bosch', 'Bosch: Legacy', 'Ballard', 'The Lincoln Lawyer', 'Bosch: Start of Watch']);
    expect(shows[4]).toHaveTextContent('MGM+ · announced 15 Oct 2025');
    expect(shows[0]).toHaveTextContent('7 seasons · 68 episodes');
    expect(shows[1]).toHaveTextContent('3 seasons · 30 episodes');
    const novelRows = within(screen.getByRole('region', { name: 'Novels' })).getAllByRole('row');
    expect(novelRows).toHaveLength(43 + 3 + 1);
    const switchblade = within(screen.getByRole('region', { name: 'Novels' })).getByRole('link', { name: 'Switchblade' }).closest('tr');
    expect(switchblade).toHaveTextContent('Switchblade (short story)14 Jan 2014Harry Bosch');
    expect(novelRows[1]).toHaveTextContent('The Black Echo');
  });

  it('lists both films with their release, runtime and novel, and opens a film with its sources and confidence', async () => {
    const { router } = renderWithPack(routes, '/catalog');
    const films = within(screen.getByRole('region', { name: 'Films' })).getAllByRole('listitem');
    expect(films.map((item) => within(item).getByRole('heading', { level: 3 }))).toEqual([
      screen.getByRole('heading', { name: 'Blood Work (film)' }),
      screen.getByRole('heading', { name: 'The Lincoln Lawyer (film)' }),
    ]);
    expect(films[0]).toHaveTextContent('Warner Bros. Pictures · 9 Aug 2002 · 1 h 50 min');
    expect(within(films[1]!).getByRole('link', { name: 'The Lincoln Lawyer' })).toHaveAttribute('href', '/catalog/novels/the-lincoln-lawyer');
    await userEvent.click(within(films[0]!).getByRole('link', { name: 'Blood Work (film)' }));
    expect(router.state.location.pathname).toBe('/catalog/films/film-blood-work');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Blood Work Film');
    expect(screen.getByText('9 Aug 2002').parentElement).toHaveTextContent('sourced');
    expect(screen.getByRole('link', { name: 'Blood Work' })).toHaveAttribute('href', '/catalog/novels/blood-work');
    expect(screen.getByText(/Draws on Blood Work/)).toBeInTheDocument();
  });

  it('finds a film by its title in the search, beside the novel of the same name', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/catalog');
    await user.type(screen.getByRole('searchbox', { name: 'Search titles' }), 'lincoln lawyer');
    const films = within(screen.getByRole('region', { name: 'Films' }));
    expect(films.getAllByRole('link')).toEqual([films.getByRole('link', { name: 'The Lincoln Lawyer (film)' }), films.getByRole('link', { name: 'The Lincoln Lawyer' })]);
    expect(within(screen.getByRole('region', { name: 'Novels' })).getByRole('link', { name: 'The Lincoln Lawyer' })).toBeInTheDocument();
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

  it('keeps a note about the data under its link, apart from what the season draws on', () => {
    renderWithPack(routes, '/catalog/shows/bosch');
    const season4 = screen.getByRole('region', { name: /Season 4/ });
    const coyote = within(season4).getByText('Draws on The Last Coyote — loose echoes at most').closest('li');
    expect(coyote?.querySelector('.links__note')?.textContent).toBe('Only one fan episode guide mentions the book.');
    // a link nobody says anything about the content of has no label, only its note
    const season2 = screen.getByRole('region', { name: /Season 2/ });
    expect(within(season2).getByText('Draws on The Drop').closest('li')?.querySelector('.links__note')?.textContent).toMatch(/^Season lists name this book/);
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

  it('links a show to where it streams and a novel to its ISBN on Open Library, as plain links', () => {
    renderWithPack(routes, '/catalog/shows/lincoln');
    const netflix = screen.getByRole('link', { name: /^Netflix/ });
    expect(netflix).toHaveAttribute('href', 'https://www.netflix.com/');
    expect(netflix).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("shows a novel's ISBN with its Open Library link", () => {
    renderWithPack(routes, '/catalog/novels/desert-star');
    expect(screen.getByText(/Where to read/)).toHaveTextContent(/^Where to read: ISBN 978-0316485654 · Open Library/);
    expect(screen.getByRole('link', { name: /^Open Library/ })).toHaveAttribute('href', 'https://openlibrary.org/isbn/9780316485654');
  });

  it('lists what is coming next and opens the announced prequel without anything to plan', async () => {
    const { router } = renderWithPack(routes, '/catalog');
    const coming = screen.getByRole('region', { name: 'Coming next' });
    expect(within(coming).getByText('The Lincoln Lawyer season 5')).toBeInTheDocument();
    expect(coming).toHaveTextContent('based on Resurrection Walk');
    expect(coming).toHaveTextContent('Bosch: Start of Watch · MGM+announced 15 Oct 2025, no date yet');
    await userEvent.click(screen.getByRole('link', { name: 'Bosch: Start of Watch' }));
    expect(router.state.location.pathname).toBe('/catalog/shows/start-of-watch');
    expect(screen.getByRole('heading', { level: 1, name: 'Bosch: Start of Watch' })).toBeInTheDocument();
    expect(screen.getByText(/cannot be part of a plan/)).toBeInTheDocument();
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
    await user.click(screen.getByRole('radio', { name: 'TV and films' }));
    expect(within(screen.getByRole('region', { name: 'Films' })).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Novels' })).toBeNull();
    const titles = within(screen.getByRole('region', { name: 'TV series' }))
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles.slice(0, 4)).toEqual(['Bosch', 'Bosch: Legacy', 'Ballard', 'The Lincoln Lawyer']);
    expect(titles.slice(4)).toEqual(['Bosch: Start of Watch']);
  });
});
