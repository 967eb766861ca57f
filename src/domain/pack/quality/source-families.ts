/** A group of sites that count as one source: one outlet and its reposts, mirrors or translations. */
export interface SourceFamily {
  readonly id: string;
  readonly title: string;
  /** Host names; a URL belongs to the family when its host is one of these or a subdomain of one. */
  readonly domains: readonly string[];
  /** The network, studio, streamer or publisher: one such source is enough for `high`. */
  readonly authoritative?: boolean;
}

/** "https://m.Example.org:443/x" → "example.org" (leading www. and m. dropped, port ignored). */
export function hostOf(url: string): string {
  const match = /^https?:\/\/([^/?#]+)/i.exec(url);
  const host = (match?.[1] ?? url).toLowerCase().replace(/:\d+$/, '');
  return host.replace(/^(www|m)\./, '');
}

export interface FamilyLookup {
  /** The family id of a URL: its family's id, or its own host when no family lists it. */
  familyOf(url: string): string;
  isAuthoritative(url: string): boolean;
}

export function familyLookup(families: readonly SourceFamily[]): FamilyLookup {
  const byDomain = new Map<string, SourceFamily>();
  for (const family of families) for (const domain of family.domains) byDomain.set(domain.toLowerCase(), family);
  const find = (url: string): SourceFamily | undefined => {
    let host = hostOf(url);
    // Walk up the labels: "dyto08.cloudfrontnetl.store" matches "cloudfrontnetl.store".
    for (;;) {
      const family = byDomain.get(host);
      if (family) return family;
      const dot = host.indexOf('.');
      if (dot < 0 || host.indexOf('.', dot + 1) < 0) return undefined;
      host = host.slice(dot + 1);
    }
  };
  return {
    familyOf: (url) => find(url)?.id ?? hostOf(url),
    isAuthoritative: (url) => find(url)?.authoritative === true,
  };
}

/** The number of independent sources among these URLs (reposts of one outlet count once). */
export function independentCount(lookup: FamilyLookup, urls: readonly string[]): number {
  return new Set(urls.map((u) => lookup.familyOf(u))).size;
}
