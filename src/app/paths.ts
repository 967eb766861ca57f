/** Every in-app URL is built here, so a route rename is one edit. Hash routing: see docs/decisions/001-hash-routing.md. */
export const paths = {
  home: () => '/',
  catalog: () => '/catalog',
  show: (showId: string) => `/catalog/shows/${encodeURIComponent(showId)}`,
  season: (showId: string, seasonNumber: number) => `/catalog/shows/${encodeURIComponent(showId)}#season-${seasonNumber}`,
  novel: (novelId: string) => `/catalog/novels/${encodeURIComponent(novelId)}`,
  plan: () => '/plan',
  planEditor: (planId?: string) => (planId ? `/plan/edit/${encodeURIComponent(planId)}` : '/plan/edit'),
  schedule: () => '/schedule',
  helix: () => '/helix',
  settings: () => '/settings',
  share: (code: string) => `/s/${code}`,
} as const;
