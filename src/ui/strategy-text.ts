import type { ReadingGranularity, Strategy } from '../domain/order/types';

/** The strategy names and one-line explanations shown in the editor and on the plan. */
export const STRATEGY_TEXT: Record<Strategy, { name: string; explain: string }> = {
  release: { name: 'Release order', explain: 'Everything in the order it came out: air dates and publication dates.' },
  'book-first': { name: 'Book first', explain: 'Read each novel before the first episode that draws on it.' },
  'show-first': { name: 'Show first', explain: 'Watch a season, then read the novels it drew on.' },
  series: { name: 'Series by series', explain: 'Finish one show or book series before starting the next.' },
  helix: {
    name: 'Helix',
    explain: 'Chapters sit beside the episodes that draw on them, and crossovers lead straight into the next show.',
  },
};

export function granularityText(granularity: ReadingGranularity): string {
  if (granularity === 'book') return 'Whole books';
  if (granularity === 'segment') return 'Story segments';
  if ('chapters' in granularity) return `${granularity.chapters} chapter${granularity.chapters === 1 ? '' : 's'} at a time`;
  return `${granularity.pages} pages at a time`;
}
