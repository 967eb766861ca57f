import type { OrderSpec } from '../order/types';
import type { Pack } from '../pack/schema';
import { DEFAULT_PACE, type Plan } from './plan';

export interface Preset {
  id: string;
  name: string;
  /** One line for the preset card. */
  blurb: string;
  spec: (pack: Pack) => OrderSpec;
}

const showIds = (pack: Pack) => pack.shows.map((show) => show.id);
const novelIds = (pack: Pack) => pack.novels.map((novel) => novel.id);
const filmIds = (pack: Pack) => (pack.films ?? []).map((film) => film.id);
const adaptedNovelIds = (pack: Pack) => novelIds(pack).filter((id) => pack.links.some((link) => link.type === 'adapts' && link.from === id));

/** Starting points on Home; each creates an ordinary plan the user can then edit. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'double-helix',
    name: 'The Double Helix',
    blurb: 'Bosch: Legacy season 3 and Ballard season 1, braided with Desert Star, the novel both draw on.',
    spec: () => ({ include: ['legacy-s03', 'ballard-s01', 'desert-star'], strategy: 'helix', readingGranularity: { chapters: 4 } }),
  },
  {
    id: 'everything',
    name: 'Everything by release date',
    blurb: 'Every episode, film and novel, in the order they came out.',
    spec: (pack) => ({ include: [...showIds(pack), ...filmIds(pack), ...novelIds(pack)], strategy: 'release', readingGranularity: 'book' }),
  },
  {
    id: 'shows',
    name: 'Just the shows',
    blurb: 'All four series, episode by episode, by air date.',
    spec: (pack) => ({ include: showIds(pack), strategy: 'release', readingGranularity: 'book' }),
  },
  {
    id: 'books-first',
    name: 'Books first',
    blurb: 'Each novel before the first season or film that draws on it, each book series in order.',
    spec: (pack) => ({ include: [...showIds(pack), ...filmIds(pack), ...adaptedNovelIds(pack)], strategy: 'book-first', readingGranularity: 'book' }),
  },
  {
    id: 'lincoln',
    name: 'The Lincoln Lawyer track',
    blurb: 'The Netflix series, the 2011 film and the Mickey Haller novels, each book before its adaptation.',
    spec: (pack) => ({
      include: ['lincoln', 'film-the-lincoln-lawyer', ...pack.novels.filter((novel) => novel.series.includes('haller')).map((novel) => novel.id)],
      strategy: 'book-first',
      readingGranularity: 'book',
    }),
  },
];

/** A new plan from a preset. Ids, times and a name other than the preset's come from the caller, so this stays pure. */
export function planFromPreset(pack: Pack, preset: Preset, options: { id: string; now: number; startDate: string; name?: string }): Plan {
  return {
    id: options.id,
    name: options.name ?? preset.name,
    packId: pack.id,
    dataVersion: pack.dataVersion,
    spec: preset.spec(pack),
    pace: DEFAULT_PACE,
    startDate: options.startDate,
    createdAt: options.now,
    updatedAt: options.now,
  };
}
