import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackGate, PackLoader } from '../../src/app/PackGate';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { splitPack } from '../../src/domain/pack/split-pack';
import { currentPackId } from '../../src/store/active-pack';

/** The gate at an address that names a pack (`?pack=`), with the loader the shell mounts. */
function renderGate(packId: string) {
  const gate = (
    <>
      <PackLoader />
      <PackGate>
        <p>the screens</p>
      </PackGate>
    </>
  );
  const router = createMemoryRouter([{ path: '*', element: gate }], { initialEntries: [`/plan?pack=${packId}`] });
  return render(<RouterProvider router={router} />);
}

afterEach(() => vi.unstubAllGlobals());

describe('the pack gate', () => {
  it('opens a shipped universe from its core file and tells the stores which pack is on screen', async () => {
    const { core } = splitPack(parsePack(JSON.parse(readFileSync('public/data/expanse.json', 'utf8'))));
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify(core), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    renderGate('expanse');
    await screen.findByText('the screens');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual(['/data/expanse.core.json']);
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
