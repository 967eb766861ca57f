import type { PackIndex } from '../pack/pack-index';
import type { HelixMark } from './types';

/**
 * The colour a mark is drawn in: a chapter segment or an episode takes its (first) story thread's
 * colour, as the plan's rows do; an episode with no known thread, and every other mark, stays neutral.
 * Episode threads follow the order engine's reading (episodeThreadLookup), so an untagged episode of a
 * tagged season, like Bosch: Legacy S3E10, is never painted with its season's case.
 */
export function markThreadColor(index: PackIndex, mark: HelixMark): string | null {
  if (mark.kind !== 'segment' && mark.kind !== 'episode') return null;
  const thread = mark.threads[0];
  return (thread !== undefined && index.threads.get(thread)?.color) || null;
}
