/** Every in-app URL is built here, so a route rename is one edit. Hash routing: see docs/decisions/001-hash-routing.md. */
export const paths = {
  home: () => '/',
  catalog: () => '/catalog',
  show: (showId: string) => `/catalog/shows/${encodeURIComponent(showId)}`,
  season: (showId: string, seasonNumber: number) => `/catalog/shows/${encodeURIComponent(showId)}#season-${seasonNumber}`,
  /** A novel's page, or a film's (`shelf` films). */
  novel: (id: string, shelf: 'novels' | 'films' = 'novels') => `/catalog/${shelf}/${encodeURIComponent(id)}`,
  plan: () => '/plan',
  /** The plan with one item focused (`OrderEntry.id`), e.g. from the Helix picture. */
  planItem: (entryId: string) => `/plan?item=${encodeURIComponent(entryId)}`,
  planEditor: (planId?: string) => (planId ? `/plan/edit/${encodeURIComponent(planId)}` : '/plan/edit'),
  schedule: () => '/schedule',
  helix: () => '/helix',
  settings: () => '/settings',
  share: (code: string) => `/s/${code}`,
} as const;
