import type { PackIndex } from './pack-index';
import type { Novel } from './schema';

const isNovelProper = (novel: Novel) => (novel.format ?? 'novel') === 'novel';

/** A preset as its card on Home shows it before the pack is in. */
export interface PresetCardSummary {
  readonly id: string;
  readonly name: string;
  readonly blurb: string;
  readonly featured: boolean;
}

/**
 * What Home's first screen says about a pack: its manifest's words, how many shows, episodes, films and novels
 * it has, and its preset cards. Built at build time for the shipped packs (virtual:pack-summaries), so Home
 * paints without waiting for the pack; from the pack itself once it is in (or for a pack the user added).
 */
export interface PackSummary {
  readonly title: string;
  readonly tagline: string;
  readonly intro: string | null;
  readonly shows: number;
  readonly episodes: number;
  readonly films: number;
  /** Novels proper; stories, novellas and collections are counted apart, as short fiction. */
  readonly novels: number;
  readonly shortFiction: number;
  readonly presets: readonly PresetCardSummary[];
}

export function packSummary(index: PackIndex): PackSummary {
  const { pack, manifest } = index;
  return {
    title: manifest.title,
    tagline: manifest.tagline,
    intro: manifest.intro,
    shows: pack.shows.length,
    episodes: index.episodes.size,
    films: pack.films?.length ?? 0,
    novels: pack.novels.filter(isNovelProper).length,
    shortFiction: pack.novels.filter((novel) => !isNovelProper(novel)).length,
    presets: manifest.presets.map((preset) => ({ id: preset.id, name: preset.name, blurb: preset.blurb, featured: preset.featured === true })),
  };
}
