import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackGate } from '../../src/app/PackGate';
import { currentPackId } from '../../src/store/active-pack';

function renderGate(packId: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([{ path: '*', element: <PackGate packId={packId}><p>the screens</p></PackGate> }], { initialEntries: ['/'] });
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the pack gate', () => {
  it('opens a shipped universe from its file and tells the stores which pack is on screen', async () => {
    const expanse = readFileSync('public/data/expanse.json', 'utf8');
    const fetchMock = vi.fn(async (_url: string) => new Response(expanse, { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderGate('expanse');
    await screen.findByText('the screens');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/data/expanse.json');
    expect(currentPackId()).toBe('expanse');
  });

  it('says a universe it does not have is not here, with ways on, and downloads nothing', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderGate('constructor');
    await screen.findByRole('heading', { name: 'This universe isn’t here' });
    expect(screen.getByText(/Helix has no universe called “constructor”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add or choose a universe' })).toHaveAttribute('href', '/packs');
    expect(screen.queryByText('the screens')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
