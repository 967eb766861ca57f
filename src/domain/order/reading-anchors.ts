import type { Link, Pack } from '../pack/schema';
import { compareKeys, READ_AFTER, READ_BEFORE, relativeTo, type AnchorKey } from './anchor-key';
import type { CollectedItems } from './collect-items';
import type { EpisodeItem, LinkPlacement, ReadingItem } from './order-item';
import { chapterSpan, firstEndingAfter } from './chapter-span';

export type LinkedStrategy = 'book-first' | 'show-first' | 'helix';

/**
 * Places reading blocks beside the episodes their novel's adapts links point at.
 * - book-first: before the first linked episode; show-first: after the last episode of the
 *   first linked season;
 * - helix: before the exact linked episode; a chapter range linked to a whole season is spread
 *   evenly over the season's included episodes ("paced"); a whole novel linked to a season is
 *   read before the season.
 * A link naming chapters wins over a whole-novel link for the blocks it covers. Blocks with no
 * linked episode in the selection keep their publication date.
 *
 * When those wishes would put the novel's chapters out of screen order (a later part linked to a
 * season that airs earlier, as Desert Star's Gallagher endgame is to Bosch: Legacy S3), or, in
 * helix, when part-level links leave some blocks to the whole-novel link (which would pile them up
 * before one episode), the whole novel falls back to one rule: book-first reads all of it before
 * the first linked episode, show-first after the last, and helix paces it in chapter order across
 * every included season it is linked to, in screen order (see docs/decisions/008).
 */
export function anchorReading(pack: Pack, collected: CollectedItems, strategy: LinkedStrategy): void {
  const linksByNovel = new Map<string, Link[]>();
  for (const link of pack.links) {
    if (link.type !== 'adapts' || !collected.novelBlocks.has(link.from)) continue;
    const list = linksByNovel.get(link.from);
    if (list) list.push(link);
    else linksByNovel.set(link.from, [link]);
  }
  // Of several links to one block, the earliest spot wins (show first: after the first season that draws on it).
  const better = (a: EpisodeItem, b: EpisodeItem) => compareKeys(a.key, b.key) < 0;

  for (const [novelId, links] of linksByNovel) {
    const blocks = collected.novelBlocks.get(novelId) ?? [];
    const spans = blocks.map((item) => chapterSpan(item.block));
    const specific: (LinkPlacement | undefined)[] = new Array(blocks.length);
    let whole: LinkPlacement | undefined;
    let partLinked = false;
    const offer = (current: LinkPlacement | undefined, next: LinkPlacement | undefined) =>
      next && (!current || better(next.episode, current.episode)) ? next : current;

    for (const link of links) {
      const toEpisode = collected.episodes.get(link.to);
      const targets = toEpisode ? [toEpisode] : (collected.seasonEpisodes.get(link.to) ?? []);
      if (targets.length === 0) continue;
      const range = link.chapters;
      if (!range || spans[0] === undefined) {
        whole = offer(whole, placeBeside(link, targets, strategy));
        continue;
      }
      if (!toEpisode) partLinked = true;
      const from = range[0] - 1;
      const to = range[1];
      // Blocks are in chapter order, so the blocks a range covers are one run: find its start.
      for (let i = firstEndingAfter(spans, from); i < blocks.length; i++) {
        const span = spans[i];
        if (!span || span[0] >= to) break;
        const exact = blocks[i]?.block.chapters !== undefined;
        // A chapter block larger than the range (a whole book) is the whole-novel link's to place.
        if (exact && (span[0] < from || span[1] > to)) continue;
        const paced = strategy === 'helix' && (!exact || (!toEpisode && (span[0] > from || span[1] < to)));
        const placement = paced
          ? pace(link, targets, (middle(span, from, to) - from) / (to - from))
          : placeBeside(link, targets, strategy);
        specific[i] = offer(specific[i], placement);
      }
    }

    const wished = blocks.map((_, i) => specific[i] ?? whole);
    const piledUp = strategy === 'helix' && partLinked && specific.some((placement, i) => !placement && wished[i]);
    const placements = piledUp || crossesScreenOrder(wished) ? fallback(links, collected, strategy, blocks, spans) : wished;
    blocks.forEach((item, i) => place(item, placements[i], strategy));
  }
}

function place(item: ReadingItem, placement: LinkPlacement | undefined, strategy: LinkedStrategy): void {
  if (!placement) return;
  item.placement = placement;
  item.key = spotOf(placement, item.ordinal);
  // Promises that moving earlier would break: reading after a season, and an exact chapter-to-episode match.
  item.fixed = strategy === 'show-first' || (placement.how === 'before' && !placement.fallback && placement.link.chapters !== undefined && placement.episode.ref.episode.id === placement.link.to);
}

function spotOf(placement: LinkPlacement, own: number): AnchorKey {
  return relativeTo(placement.episode.key, placement.how === 'after' ? READ_AFTER : READ_BEFORE, own);
}

/** Whether some placed block would sort before an earlier-chaptered placed block. */
function crossesScreenOrder(placements: readonly (LinkPlacement | undefined)[]): boolean {
  let last: AnchorKey | undefined;
  for (const placement of placements) {
    if (!placement) continue;
    const spot = spotOf(placement, 0);
    if (last && compareSpots(spot, last) < 0) return true;
    last = spot;
  }
  return false;
}

/** Spots compare like keys without the item's own ordinal (spotOf gives them all 0). */
function compareSpots(a: AnchorKey, b: AnchorKey): number {
  return compareKeys(a, b);
}

/**
 * One rule for the whole novel. The episodes are every included episode a link of the novel reaches
 * (all of a linked season's, or a linked episode), in screen order: season by season, in the order
 * the seasons start. O(blocks + seasons log seasons): episodes are looked up by position, not sorted.
 */
function fallback(
  links: readonly Link[],
  collected: CollectedItems,
  strategy: LinkedStrategy,
  blocks: readonly ReadingItem[],
  spans: readonly (readonly [number, number] | undefined)[],
): (LinkPlacement | undefined)[] {
  // Per season, the episodes the novel is linked to: all of them for a season-level link, else
  // only the linked episodes; and the link that speaks for the season in reasons (whole novel,
  // else a part, else one episode's).
  const bySeason = new Map<string, { link: Link; rank: number; episodes: readonly EpisodeItem[] }>();
  const episodeLinks = new Map<EpisodeItem, Link>();
  for (const link of links) {
    const episode = collected.episodes.get(link.to);
    if (episode && !episodeLinks.has(episode)) episodeLinks.set(episode, link);
    const seasonId = episode ? episode.ref.season.id : link.to;
    const episodes = episode ? [episode] : collected.seasonEpisodes.get(seasonId);
    if (!episodes?.length) continue;
    const rank = episode ? 2 : link.chapters ? 1 : 0;
    const known = bySeason.get(seasonId);
    if (!known) bySeason.set(seasonId, { link, rank, episodes });
    else if (rank < 2) bySeason.set(seasonId, { link: rank < known.rank ? link : known.link, rank: Math.min(rank, known.rank), episodes });
    else if (known.rank === 2 && !known.episodes.includes(episode as EpisodeItem)) {
      bySeason.set(seasonId, { ...known, episodes: [...known.episodes, episode as EpisodeItem].sort((a, b) => a.ordinal - b.ordinal) });
    }
  }
  if (bySeason.size === 0) return blocks.map(() => undefined);
  const seasons = [...bySeason.entries()]
    .map(([id, season]) => ({ id, ...season }))
    .sort((a, b) => compareKeys((a.episodes[0] as EpisodeItem).key, (b.episodes[0] as EpisodeItem).key));
  const count = seasons.reduce((sum, season) => sum + season.episodes.length, 0);
  const lastSeason = seasons.reduce((latest, season) =>
    compareKeys((season.episodes[season.episodes.length - 1] as EpisodeItem).key, (latest.episodes[latest.episodes.length - 1] as EpisodeItem).key) > 0 ? season : latest,
  );
  const shared = { seasons: seasons.map((season) => season.id), last: lastSeason.episodes[lastSeason.episodes.length - 1] as EpisodeItem };
  // A season reached only through episode links speaks through the link of the episode itself.
  const at = (season: (typeof seasons)[number], episode: EpisodeItem, how: LinkPlacement['how']): LinkPlacement =>
    ({ link: season.rank === 2 ? (episodeLinks.get(episode) ?? season.link) : season.link, episode, how, fallback: shared });
  const firstSeason = seasons[0] as (typeof seasons)[number];
  if (strategy === 'book-first') return blocks.map(() => at(firstSeason, firstSeason.episodes[0] as EpisodeItem, 'before'));
  if (strategy === 'show-first') return blocks.map(() => at(lastSeason, shared.last, 'after'));
  const total = spans[spans.length - 1]?.[1];
  let season = 0;
  let before = 0; // episodes in the seasons before `season`
  return blocks.map((_, i) => {
    const span = spans[i];
    const fraction = span && total ? middle(span, 0, total) / total : (i + 0.5) / blocks.length;
    const target = Math.min(count - 1, Math.floor(fraction * count));
    // Blocks come in chapter order, so the target only moves forward: walk the seasons once.
    while (season < seasons.length - 1 && target >= before + (seasons[season] as (typeof seasons)[number]).episodes.length) {
      before += (seasons[season] as (typeof seasons)[number]).episodes.length;
      season++;
    }
    const current = seasons[season] as (typeof seasons)[number];
    return at(current, current.episodes[Math.min(current.episodes.length - 1, target - before)] as EpisodeItem, 'paced');
  });
}

function placeBeside(link: Link, targets: readonly EpisodeItem[], strategy: LinkedStrategy): LinkPlacement | undefined {
  const episode = strategy === 'show-first' ? targets[targets.length - 1] : targets[0];
  return episode && { link, episode, how: strategy === 'show-first' ? 'after' : 'before' };
}

/** The middle of the part of `span` that lies inside [from, to]. */
function middle(span: readonly [number, number], from: number, to: number): number {
  return (Math.max(span[0], from) + Math.min(span[1], to)) / 2;
}

/**
 * helix, a block that is only part of a linked range: spread over the linked episodes by where
 * the block's middle falls inside the range. Called "paced", never "adapts": the data is not that
 * precise. Page blocks are placed by the same proportion and always paced.
 */
function pace(link: Link, targets: readonly EpisodeItem[], fraction: number): LinkPlacement | undefined {
  const index = Math.min(targets.length - 1, Math.max(0, Math.floor(fraction * targets.length)));
  const episode = targets[index];
  return episode && { link, episode, how: 'paced' };
}
