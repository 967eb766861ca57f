import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { HelixPage } from '../../src/features/helix/HelixPage';
import { useHelixStore } from '../../src/store/helix-store';
import { presetPlan, resetAppState } from './plan-fixtures';
import { renderWithPack, shippedPackJson } from './render-with-pack';

const routes = [
  { path: '/helix', element: <HelixPage /> },
  { path: '/plan', element: <p>plan page</p> },
  { path: '/catalog/novels/:novelId', element: <p>novel page</p> },
  { path: '/catalog/shows/:showId', element: <p>show page</p> },
];

const pack = shippedPackJson() as { links: { id: string; from: string; to: string }[] };
const picture = () => screen.getByRole('group', { name: /Braided timeline/ });

beforeEach(resetAppState);

describe('Helix screen', () => {
  it('lists every link of the pack in its table view', async () => {
    renderWithPack(routes, '/helix');
    await userEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByTestId('helix-links-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(pack.links.length);
    expect(rows.map((row) => row.getAttribute('data-link'))).toEqual(pack.links.map((l) => l.id));
    const gallagher = rows.find((row) => row.getAttribute('data-link') === 'adapts-desert-star-ch38-54-legacy-s03');
    expect(gallagher).toHaveTextContent(/Desert Star.*adapts.*Bosch: Legacy S3.*ch\. 38–54.*The Gallagher family case.*inferred/);
  });

  it('heads its hours with what the plan holds: shows and films with a film in it, shows alone without', () => {
    const withFilm = presetPlan('lincoln', 'l');
    useHelixStore.setState({ plans: [withFilm], activePlanId: withFilm.id });
    const { unmount } = renderWithPack(routes, '/helix');
    const stats = () => screen.getByRole('region', { name: 'Hours in your plan' });
    expect(within(stats()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Shows and films', 'Books']);
    unmount();
    const showsOnly = presetPlan('double-helix', 'dh');
    useHelixStore.setState({ plans: [showsOnly], activePlanId: showsOnly.id });
    renderWithPack(routes, '/helix');
    expect(within(stats()).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Shows', 'Books']);
  });

  it('names every mark, makes the picture one Tab stop, and shows a card on focus', () => {
    renderWithPack(routes, '/helix');
    const marks = within(picture()).getAllByRole('button');
    expect(marks.length).toBeGreaterThan(60);
    for (const mark of marks) expect(mark.getAttribute('aria-label')).toBeTruthy();
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(marks.filter((mark) => mark.getAttribute('tabindex') === '-1')).toHaveLength(marks.length - 1);
    const gallagher = within(picture()).getByRole('button', { name: /^Desert Star, ch\. 38–54 .*linked to Bosch: Legacy S3/ });
    fireEvent.focus(gallagher);
    expect(document.getElementById('helix-card')).toHaveTextContent(/Adapted in Bosch: Legacy S3/);
    expect(gallagher).toHaveAttribute('aria-describedby', 'helix-card');
    // the focused mark now holds the Tab stop
    expect(gallagher).toHaveAttribute('tabindex', '0');
  });

  it('moves between marks with the arrow keys and jumps to a mark by typing its name', async () => {
    const user = userEvent.setup();
    renderWithPack(routes, '/helix');
    const first = within(picture()).getAllByRole('button').find((mark) => mark.getAttribute('tabindex') === '0');
    first?.focus();
    const before = document.activeElement;
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).not.toBe(before);
    expect(document.activeElement?.getAttribute('data-mark')).toBeTruthy();
    await user.keyboard('desert');
    expect(document.activeElement?.getAttribute('data-mark')).toBe('desert-star');
  });

  it('opens a mark’s card in place with Enter, with a link to its catalog page when no plan holds it', async () => {
    const user = userEvent.setup();
    const { router } = renderWithPack(routes, '/helix');
    const mark = within(picture()).getByRole('button', { name: /^The Black Echo/ });
    mark.focus();
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/helix');
    const card = screen.getByRole('dialog', { name: 'The Black Echo' });
    expect(mark).toHaveAttribute('aria-expanded', 'true');
    expect(within(card).queryByRole('link', { name: 'Show in your plan' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(mark).toHaveFocus();
    await user.click(mark);
    await user.click(within(screen.getByRole('dialog', { name: 'The Black Echo' })).getByRole('link', { name: 'Open in the catalog' }));
    expect(router.state.location.pathname).toBe('/catalog/novels/the-black-echo');
  });

  it('draws each film in a Films lane: its card gives its runtime and the novel it adapts, and links to the film in the plan and the catalog', async () => {
    const user = userEvent.setup();
    const plan = presetPlan('lincoln', 'lincoln');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    const { router } = renderWithPack([...routes, { path: '/catalog/films/:id', element: <p>film page</p> }], '/helix');
    const mark = within(picture()).getByRole('button', { name: /^The Lincoln Lawyer \(film\) — linked to The Lincoln Lawyer, 0% done$/ });
    await user.click(mark);
    const card = screen.getByRole('dialog', { name: 'The Lincoln Lawyer (film)' });
    expect(card).toHaveTextContent('film, 119 min');
    expect(within(card).getByRole('link', { name: 'Show in your plan' })).toHaveAttribute('href', '/plan?item=film-the-lincoln-lawyer');
    await user.click(within(card).getByRole('link', { name: 'Open in the catalog' }));
    expect(router.state.location.pathname).toBe('/catalog/films/film-the-lincoln-lawyer');
  });

  it('links a mark’s card to the item in the active plan', async () => {
    const user = userEvent.setup();
    const plan = presetPlan('double-helix', 'dh');
    useHelixStore.setState({ plans: [plan], activePlanId: plan.id });
    const { router } = renderWithPack(routes, '/helix');
    await user.click(within(picture()).getByRole('button', { name: /^Desert Star, ch\. 38–54/ }));
    await user.click(within(screen.getByRole('dialog')).getByRole('link', { name: 'Show in your plan' }));
    expect(router.state.location.pathname).toBe('/plan');
    expect(router.state.location.search).toBe('?item=desert-star%2338-41');
  });

  it('zooms into a season: its episodes and Desert Star’s segments become marks', async () => {
    renderWithPack(routes, '/helix');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Focus a season' }), 'legacy-s03');
    expect(within(picture()).getAllByRole('button', { name: /^Bosch: Legacy S3E\d+/ })).toHaveLength(10);
    expect(within(picture()).getByRole('button', { name: /^Desert Star, ch\. 3–37 .*linked to Ballard S1/ })).toBeInTheDocument();
  });
});
