import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { useFranchiseStore } from '../../src/data/franchise-store';
import { parseCore, parseWithDetails } from '../../src/data/pack-parsing';
import { parsePack } from '../../src/domain/pack/parse-pack';
import { splitPack } from '../../src/domain/pack/split-pack';

/** The shipped pack, read once per test file. */
export function shippedPackJson(): unknown {
  return JSON.parse(readFileSync('public/data/connelly.json', 'utf8')) as unknown;
}

/**
 * Puts a pack in the franchise store as the app gets it: its core file, then its details file (as the
 * catalogue's details gate does). A pack that is not valid goes in as it is, for the screens that say so.
 */
export function loadPack(pack: unknown) {
  const store = useFranchiseStore.getState();
  let parts;
  try {
    parts = splitPack(parsePack(pack));
  } catch {
    store.accept(pack, parseCore(pack));
    return;
  }
  const core = parseCore(parts.core);
  store.accept(parts.core, core);
  if ('index' in core) store.acceptDetails(parts.details, parseWithDetails(core.index.pack, parts.details));
}

/** Renders routes at a path with the shipped pack (core and details) already in the franchise store. */
export function renderWithPack(routes: RouteObject[], path: string, pack: unknown = shippedPackJson()) {
  loadPack(pack);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...render(<RouterProvider router={router} />) };
}
