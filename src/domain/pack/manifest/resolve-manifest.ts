import type { Pack } from '../schema';
import type { Manifest, ManifestPreset } from './manifest-schema';

/** A manifest with every part present: the pack's own, or defaults derived from its shows and series. */
export interface ResolvedManifest {
  title: string;
  tagline: string;
  intro: string | null;
  credits: string;
  presets: readonly ManifestPreset[];
  helixIntro: string | null;
  /** Lane id → name, where the pack renames a lane. */
  laneLabels: ReadonlyMap<string, string>;
}

/**
 * The manifest a pack declares (schemaVersion 2), with defaults for what it leaves out. A schemaVersion 1
 * pack has none: its title comes from the pack's title and its presets from its shows and series.
 */
export function resolveManifest(pack: Pack): ResolvedManifest {
  const manifest: Partial<Manifest> = pack.manifest ?? {};
  return {
    title: manifest.title ?? pack.title,
    tagline: manifest.tagline ?? `Watch and read ${pack.title} in the right order`,
    intro: manifest.intro ?? null,
    credits: manifest.credits ?? `Not affiliated with the authors, publishers or studios of ${pack.title}.`,
    presets: manifest.presets ?? derivedPresets(pack),
    helixIntro: manifest.helix?.intro ?? null,
    laneLabels: new Map((manifest.helix?.lanes ?? []).map((lane) => [lane.lane, lane.label])),
  };
}

/**
 * Presets for a pack that names none: everything by release, the shows alone, each adapted book before its
 * season, and each novel series on its own. Only those that include something.
 */
export function derivedPresets(pack: Pack): ManifestPreset[] {
  const presets: ManifestPreset[] = [];
  const hasShows = pack.shows.length > 0;
  const hasNovels = pack.novels.length > 0;
  if (hasShows || hasNovels) {
    presets.push({
      id: 'everything',
      name: 'Everything by release date',
      blurb: 'Every episode and every novel, in the order they came out.',
      include: [{ kind: 'all-shows' }, { kind: 'novels' }],
      strategy: 'release',
      granularity: 'book',
    });
  }
  if (hasShows && hasNovels) {
    presets.push({
      id: 'shows',
      name: 'Just the shows',
      blurb: 'Every series, episode by episode, by air date.',
      include: [{ kind: 'all-shows' }],
      strategy: 'release',
      granularity: 'book',
    });
  }
  if (hasShows && pack.links.some((link) => link.type === 'adapts')) {
    presets.push({
      id: 'books-first',
      name: 'Books first',
      blurb: 'Each adapted novel before the first season that draws on it.',
      include: [{ kind: 'all-shows' }, { kind: 'novels', adapted: true }],
      strategy: 'book-first',
      granularity: 'book',
    });
  }
  const seriesWithNovels = pack.series.filter((series) => pack.novels.some((novel) => novel.series.includes(series.id)));
  if (seriesWithNovels.length > 1) {
    for (const series of seriesWithNovels) {
      presets.push({
        id: `series-${series.id}`,
        name: `The ${series.title} novels`,
        blurb: `The ${series.title} novels in publication order.`,
        include: [{ kind: 'novels', series: series.id }],
        strategy: 'release',
        granularity: 'book',
      });
    }
  }
  return presets;
}
