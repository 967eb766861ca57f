import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { HelixPage } from '../../src/features/helix/HelixPage';
import { renderWithPack, shippedPackJson } from './render-with-pack';

const routes = [
  { path: '/helix', element: <HelixPage /> },
  { path: '/catalog/novels/:novelId', element: <p>novel page</p> },
  { path: '/catalog/shows/:showId', element: <p>show page</p> },
];

const pack = shippedPackJson() as { links: { id: string; from: string; to: string }[] };

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

  it('gives every mark a focusable button with a text label, and a card on focus', () => {
    renderWithPack(routes, '/helix');
    const picture = screen.getByRole('group', { name: /Braided timeline/ });
    const marks = within(picture).getAllByRole('button');
    expect(marks.length).toBeGreaterThan(60);
    for (const mark of marks) {
      expect(mark).toHaveAttribute('tabindex', '0');
      expect(mark.getAttribute('aria-label')).toBeTruthy();
    }
    const gallagher = within(picture).getByRole('button', { name: /^Desert Star, ch\. 38–54 .*linked to Bosch: Legacy S3/ });
    fireEvent.focus(gallagher);
    expect(document.getElementById('helix-card')).toHaveTextContent(/Adapted in Bosch: Legacy S3/);
    expect(gallagher).toHaveAttribute('aria-describedby', 'helix-card');
  });

  it('opens a novel in the catalog when its mark is activated and it is not in a plan', async () => {
    const { router } = renderWithPack(routes, '/helix');
    const mark = screen.getByRole('button', { name: /^The Black Echo/ });
    mark.focus();
    await userEvent.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/catalog/novels/the-black-echo');
  });

  it('zooms into a season: its episodes and Desert Star’s segments become marks', async () => {
    renderWithPack(routes, '/helix');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Focus a season' }), 'legacy-s03');
    const picture = screen.getByRole('group', { name: /Braided timeline/ });
    expect(within(picture).getAllByRole('button', { name: /^Bosch: Legacy S3E\d+/ })).toHaveLength(10);
    expect(within(picture).getByRole('button', { name: /^Desert Star, ch\. 3–37 .*linked to Ballard S1/ })).toBeInTheDocument();
  });
});
