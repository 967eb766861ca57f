import type { PackIndex } from '../pack/pack-index';
import { episodeLabel, linkedPart, seasonLabel, shortLabel } from './labels';
import type { EpisodeItem, OrderItem, ReadingItem } from './order-item';
import type { Strategy } from './types';

export interface ReasonContext {
  readonly index: PackIndex;
  readonly strategy: Strategy;
  /** series strategy: "Bosch (series 1 of 4)" for each group id. */
  readonly seriesPhrase?: (item: OrderItem) => string;
}

/** One short sentence: why the item sits where it does, then what had to give way, if anything. */
export function reasonFor(item: OrderItem, context: ReasonContext): string {
  const parts = [item.kind === 'episode' ? episodeReason(item, context) : readingReason(item, context)];
  const relaxed = relaxation(item);
  if (relaxed) parts.push(relaxed);
  return parts.join('; ');
}

function dated(item: OrderItem): string {
  if (item.kind === 'reading') return `Published ${item.block.novel.published}`;
  const released = item.ref.episode.released;
  return released !== undefined ? `Released ${released}` : 'Release date unknown';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function episodeReason(item: EpisodeItem, context: ReasonContext): string {
  const { strategy } = context;
  if (strategy === 'series' && context.seriesPhrase) return `${context.seriesPhrase(item)}; ${lowerFirst(dated(item))}`;
  const parts = [item.leadFrom ? `Picks up right after ${episodeLabel(item.leadFrom.ref)}` : dated(item)];
  if (item.leadsInto?.length) parts.push(`leads into ${item.leadsInto.map((next) => episodeLabel(next.ref)).join(' and ')}`);
  if (strategy !== 'release') {
    const adapts = adaptedChapters(item, context);
    if (adapts) parts.push(adapts);
  }
  return parts.join('; ');
}

/** "adapts Desert Star ch. 1–2 (…)" for the first chapter-level link to this episode from an included novel. */
function adaptedChapters(item: EpisodeItem, { index }: ReasonContext): string | undefined {
  for (const link of index.linksOf.get(item.ref.episode.id) ?? []) {
    if (link.type !== 'adapts' || link.to !== item.ref.episode.id || !link.chapters) continue;
    const novel = index.novels.get(link.from);
    if (novel) return `adapts ${linkedPart(novel, link)}`;
  }
  return undefined;
}

function readingReason(item: ReadingItem, context: ReasonContext): string {
  if (context.strategy === 'series' && context.seriesPhrase) return `${context.seriesPhrase(item)}; ${lowerFirst(dated(item))}`;
  const placement = item.placement;
  if (!placement) return dated(item);
  const { link, episode, how } = placement;
  const novel = item.block.novel;
  const what = linkedPart(novel, link);
  // A block held back by chapter order is not where its link wants it: say where it belongs, not where it is.
  const meant = item.heldAfter ? 'Belongs ' : '';
  if (how === 'paced') return `${meant ? 'Belongs alongside' : 'Paced alongside'} ${episodeLabel(episode.ref)}${link.label ? ` (${link.label})` : ''}`;
  const side = `${meant}${how === 'before' ? (meant ? 'before' : 'Read before') : meant ? 'after' : 'Read after'}`;
  const season = context.index.seasons.get(link.to);
  if (season) return how === 'before' ? `${side} ${seasonLabel(season)}: the season draws on ${what}` : `${side} ${seasonLabel(season)}, which draws on ${what}`;
  return `${side} ${episodeLabel(episode.ref)}, which ${link.chapters ? 'adapts' : 'draws on'} ${what}`;
}

function inOrder(item: OrderItem): string {
  if (item.kind === 'episode') return 'episodes stay in order';
  return item.block.pages ? 'pages stay in order' : 'chapters stay in order';
}

/** What gave way: a chain predecessor, a loop of lead-ins, or a successor that pulled this item forward. */
function relaxation(item: OrderItem): string | undefined {
  if (item.kind === 'episode') {
    if (item.leadLoopFrom) {
      return `its lead-in from ${episodeLabel(item.leadLoopFrom.ref)} is dropped because the leads-into links form a loop`;
    }
    const from = item.leadFrom;
    if (from && item.position < from.position) {
      return `placed before ${episodeLabel(from.ref)} anyway because ${inOrder(item)}`;
    }
  }
  if (item.heldAfter) return `kept after ${shortLabel(item.heldAfter)} because ${inOrder(item)}`;
  if (item.pulledBefore) {
    return Number.isFinite(item.ownDay)
      ? `moved up to come before ${shortLabel(item.pulledBefore)}`
      : `placed before ${shortLabel(item.pulledBefore)} so that ${inOrder(item)}`;
  }
  return undefined;
}
