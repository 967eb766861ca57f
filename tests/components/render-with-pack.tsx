import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { useFranchiseStore } from '../../src/data/franchise-store';

/** The shipped pack, read once per test file. */
export function shippedPackJson(): unknown {
  return JSON.parse(readFileSync('public/data/connelly.json', 'utf8')) as unknown;
}

/** Renders routes at a path with the shipped pack already in the franchise store. */
export function renderWithPack(routes: RouteObject[], path: string, pack: unknown = shippedPackJson()) {
  useFranchiseStore.getState().load(pack);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (node: ReactNode) => <QueryClientProvider client={client}>{node}</QueryClientProvider>;
  return { router, ...render(wrap(<RouterProvider router={router} />)) };
}
