/**
 * The pack the address names with `?pack=`, or null for the default pack (whose addresses carry no
 * parameter, so every link made before there were several packs still opens it). Set by the shell from the
 * address before any screen renders; every path below keeps it, so moving around stays in one universe.
 */
let linkPack: string | null = null;

export function setLinkPack(packId: string | null): void {
  linkPack = packId;
}

/** The path with `pack=<id>` in its query (before any #fragment); the default pack (null) adds nothing. */
export function inPack(path: string, packId: string | null = linkPack): string {
  if (packId === null) return path;
  const hashAt = path.indexOf('#');
  const [base, fragment] = hashAt === -1 ? [path, ''] : [path.slice(0, hashAt), path.slice(hashAt)];
  return `${base}${base.includes('?') ? '&' : '?'}pack=${encodeURIComponent(packId)}${fragment}`;
}

/** Every in-app URL is built here, so a route rename is one edit. Hash routing: see docs/decisions/001-hash-routing.md. */
export const paths = {
  home: () => inPack('/'),
  catalog: () => inPack('/catalog'),
  show: (showId: string) => inPack(`/catalog/shows/${encodeURIComponent(showId)}`),
  season: (showId: string, seasonNumber: number) => inPack(`/catalog/shows/${encodeURIComponent(showId)}#season-${seasonNumber}`),
  /** A novel's page, or a film's (`shelf` films). */
  novel: (id: string, shelf: 'novels' | 'films' = 'novels') => inPack(`/catalog/${shelf}/${encodeURIComponent(id)}`),
  plan: () => inPack('/plan'),
  /** The plan with one item focused (`OrderEntry.id`), e.g. from the Helix picture. */
  planItem: (entryId: string) => inPack(`/plan?item=${encodeURIComponent(entryId)}`),
  planEditor: (planId?: string) => inPack(planId ? `/plan/edit/${encodeURIComponent(planId)}` : '/plan/edit'),
  schedule: () => inPack('/schedule'),
  helix: () => inPack('/helix'),
  settings: () => inPack('/settings'),
  /** Where packs are added and removed. */
  packs: () => inPack('/packs'),
  share: (code: string) => inPack(`/s/${code}`),
} as const;
